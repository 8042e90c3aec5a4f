package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * CSV downloads of an event's registrations (with the list's search and status filter) and of a session's
 * participants and waiting list. See {@link RegistrationCsv} for the format.
 */
@Controller
class RegistrationExportController {

	private final CsvResponses responses;

	private final AuditLog audit;

	RegistrationExportController(CsvResponses responses, AuditLog audit) {
		this.responses = responses;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/registrations.csv")
	void event(@PathVariable Long eventId, @ModelAttribute ParticipantSearch search, Locale locale,
			HttpServletResponse response) throws IOException {
		ParticipantCriteria criteria = search.toCriteria(eventId, 0);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, null, "csv");
		this.responses.event(eventId, criteria, locale, response);
	}

	@GetMapping("/admin/events/{eventId}/registrations/sessions/{sessionId}.csv")
	void session(@PathVariable Long eventId, @PathVariable Long sessionId, Locale locale,
			HttpServletResponse response) throws IOException {
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, "session " + sessionId, "csv");
		this.responses.session(eventId, sessionId, locale, response);
	}

}
