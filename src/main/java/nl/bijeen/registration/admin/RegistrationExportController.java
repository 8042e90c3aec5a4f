package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * CSV and XLSX downloads of an event's registrations (with the list's search and status filter) and of a
 * session's participants and waiting list. See {@link ExportRows} for the columns.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class RegistrationExportController {

	private final ExportResponses responses;

	private final AuditLog audit;

	RegistrationExportController(ExportResponses responses, AuditLog audit) {
		this.responses = responses;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/registrations.csv")
	void event(@PathVariable Long eventId, @ModelAttribute ParticipantSearch search, Locale locale,
			HttpServletResponse response) throws IOException {
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, null, "csv");
		this.responses.event(eventId, search.toCriteria(eventId, 0), ExportFormat.CSV, locale, response);
	}

	@GetMapping("/admin/events/{eventId}/registrations.xlsx")
	void eventXlsx(@PathVariable Long eventId, @ModelAttribute ParticipantSearch search, Locale locale,
			HttpServletResponse response) throws IOException {
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, null, "xlsx");
		this.responses.event(eventId, search.toCriteria(eventId, 0), ExportFormat.XLSX, locale, response);
	}

	@GetMapping("/admin/events/{eventId}/registrations/sessions/{sessionId}.csv")
	void session(@PathVariable Long eventId, @PathVariable Long sessionId, Locale locale,
			HttpServletResponse response) throws IOException {
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, "session " + sessionId, "csv");
		this.responses.session(eventId, sessionId, ExportFormat.CSV, locale, response);
	}

	@GetMapping("/admin/events/{eventId}/registrations/sessions/{sessionId}.xlsx")
	void sessionXlsx(@PathVariable Long eventId, @PathVariable Long sessionId, Locale locale,
			HttpServletResponse response) throws IOException {
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, "session " + sessionId, "xlsx");
		this.responses.session(eventId, sessionId, ExportFormat.XLSX, locale, response);
	}

}
