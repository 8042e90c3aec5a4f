package nl.bijeen.mailings;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of an event's mails to participants, read only (an organiser's API token with the READ scope): what
 * was sent to whom (the group, not the people), when, by whom, and how many were delivered.
 */
@Guard(value = Need.EVENT, id = "id")
@RestController
@Tag(name = "Mail to participants (organisers)", description = "The record of the mails organisers sent to an event's participants")
class MailingsApiController {

	private final MailingRecord record;

	private final EventCatalog events;

	MailingsApiController(MailingRecord record, EventCatalog events) {
		this.record = record;
		this.events = events;
	}

	@GetMapping(path = "/api/events/{id}/mailings", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The event's mails to participants, newest first",
			description = "Drafts and mails sent, with the audience, the number of recipients and the outbox's counts.")
	@ApiResponse(responseCode = "200", description = "The mailings")
	@ApiResponse(responseCode = "404", description = "No such event (or not one of the token's organisation)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<MailingResponse> list(@PathVariable Long id) {
		this.events.event(id).orElseThrow(() -> new NotFoundException("No event " + id));
		return this.record.ofEvent(id).stream().map(MailingResponse::of).toList();
	}

	/**
	 * One mail to participants.
	 *
	 * @param audience PLACE, SESSION, WAITING, PRESENT or ABSENT
	 * @param status DRAFT, SENDING or SENT
	 */
	public record MailingResponse(Long id, String subject, String body, String audience, Long sessionId, String sessionTitle,
			String status, String createdBy, LocalDateTime createdAt, String sentBy, LocalDateTime sentAt,
			int recipients, int delivered, int failed) {

		static MailingResponse of(Mailing m) {
			return new MailingResponse(m.id(), m.subject(), m.body(), m.audience().name(), m.sessionId(),
					m.sessionTitle(), m.status().name(), m.createdBy(), m.createdAt(), m.sentBy(), m.sentAt(),
					m.recipients(), m.draft() ? 0 : m.delivered(), m.draft() ? 0 : m.failed());
		}

	}

}
