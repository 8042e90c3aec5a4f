package nl.bijeen.registration;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything bijeen holds about one registration, as its participant may download it (issue 10).
 *
 * @param status CONFIRMED, WAITLISTED, PENDING_APPROVAL, OFFERED, CANCELLED or REJECTED
 * @param attendance VENUE or ONLINE
 * @param eventId the event (for the audit log; not part of the download)
 */
public record ParticipantData(Long registrationId, String eventTitle, String eventUrl, LocalDateTime eventStartsAt,
		String name, String email, String organisation, String jobTitle, String language, String attendance,
		String status, boolean newsletterOptIn, LocalDateTime registeredAt, LocalDateTime consentAt,
		LocalDateTime cancelledAt, String registerName, String registrationNumber, List<Answer> answers,
		List<Choice> choices, @JsonIgnore Long eventId) {

	/** An answer to one of the event's own questions. */
	public record Answer(String question, String answer) {
	}

	/** The session held or waited for in one round of workshops. */
	public record Choice(String round, String session, String status, int preference) {
	}

}
