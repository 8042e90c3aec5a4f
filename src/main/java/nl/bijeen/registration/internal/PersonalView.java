package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.events.Venue;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.EventAvailability;

/**
 * What a participant sees behind the personal link.
 *
 * @param waitingPosition the place on the event's waiting list (1 = first), 0 when not waiting
 * @param meetingLink the online meeting link, only when it may be shown now
 * @param meetingLinkMinutesBefore how long before the start the meeting link is shown
 * @param changeable whether choices can still be changed and the registration cancelled
 */
public record PersonalView(Registration registration, Event event, Venue venue, List<ChoiceView> choices,
		List<Round> rounds, EventAvailability availability, int waitingPosition, String meetingLink,
		int meetingLinkMinutesBefore, boolean changeable) {

	/**
	 * One round as chosen: the session held or waited for, and the place on that session's waiting list.
	 */
	public record ChoiceView(Round round, Session session, RegistrationChoice choice, int waitingPosition) {

	}

	/**
	 * The session held or waited for in a round, if any.
	 */
	public Long chosenSession(Long partId) {
		return this.choices.stream()
			.filter(c -> c.round().id().equals(partId))
			.map(c -> c.choice().sessionId())
			.findFirst()
			.orElse(null);
	}

	public boolean active() {
		return this.registration.status().isActive();
	}

}
