package nl.bijeen.registration.admin;

import nl.bijeen.registration.internal.ChoiceStatus;
import nl.bijeen.registration.internal.RegistrationStatus;

/**
 * Which registrations of an event to list, in which order, and which page of them.
 *
 * @param search part of the name, e-mail address or organisation ({@code null}: everyone)
 * @param status only registrations with this status ({@code null}: all)
 * @param sessionId only registrations with a choice for this session ({@code null}: all)
 * @param choiceStatus with {@code sessionId}: only those holding ({@code CONFIRMED}) or waiting for a place
 * @param page the page, from 0
 * @param size the page size; 0 for all (exports)
 */
public record ParticipantCriteria(Long eventId, String search, RegistrationStatus status, Long sessionId,
		ChoiceStatus choiceStatus, ParticipantSort sort, int page, int size) {

	public static final int PAGE_SIZE = 50;

	public static ParticipantCriteria everyone(Long eventId) {
		return new ParticipantCriteria(eventId, null, null, null, null, ParticipantSort.NAME, 0, 0);
	}

	public static ParticipantCriteria inSession(Long eventId, Long sessionId, ChoiceStatus choiceStatus) {
		return new ParticipantCriteria(eventId, null, null, sessionId, choiceStatus,
				choiceStatus == ChoiceStatus.WAITLISTED ? ParticipantSort.WAITING : ParticipantSort.NAME, 0, 0);
	}

	public static ParticipantCriteria waitingList(Long eventId) {
		return new ParticipantCriteria(eventId, null, RegistrationStatus.WAITLISTED, null, null,
				ParticipantSort.WAITING, 0, 0);
	}

	/**
	 * The same selection, one page of {@code size} from page {@code page} (from 0; below 0 counts as 0).
	 */
	public ParticipantCriteria onPage(int page, int size) {
		return new ParticipantCriteria(this.eventId, this.search, this.status, this.sessionId, this.choiceStatus,
				this.sort, Math.max(0, page), size);
	}

	public boolean paged() {
		return this.size > 0;
	}

}
