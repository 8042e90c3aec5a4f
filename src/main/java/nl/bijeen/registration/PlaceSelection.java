package nl.bijeen.registration;

import java.util.List;

/**
 * Which of an event's participants with a place to hand over (see {@link ParticipantsWithPlace}); the filters
 * combine.
 *
 * @param eventId the event
 * @param sessionId only those holding a place in this session ({@code null}: everyone)
 * @param search only those whose name, e-mail address or organisation contains this text, in any case
 * ({@code null} or blank: everyone)
 * @param registrationIds only these registrations ({@code null}: everyone; empty: nobody)
 */
public record PlaceSelection(Long eventId, Long sessionId, String search, List<Long> registrationIds) {

	public PlaceSelection {
		registrationIds = (registrationIds == null) ? null : List.copyOf(registrationIds);
	}

	/** Everyone with a place at the event. */
	public static PlaceSelection everyone(Long eventId) {
		return new PlaceSelection(eventId, null, null, null);
	}

	/** Everyone holding a place in one session (workshop). */
	public static PlaceSelection inSession(Long eventId, Long sessionId) {
		return new PlaceSelection(eventId, sessionId, null, null);
	}

	/** The chosen registrations, where they have a place. */
	public static PlaceSelection chosen(Long eventId, List<Long> registrationIds) {
		return new PlaceSelection(eventId, null, null, registrationIds);
	}

	/** The same selection, narrowed to these registrations. */
	public PlaceSelection limitedTo(List<Long> ids) {
		return new PlaceSelection(this.eventId, this.sessionId, this.search, ids);
	}

	/** The same selection, narrowed to those matching the text. */
	public PlaceSelection matching(String text) {
		return new PlaceSelection(this.eventId, this.sessionId, text, this.registrationIds);
	}

}
