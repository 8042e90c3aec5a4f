package nl.bijeen.registration.admin;

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
 * CSV downloads of an event's registrations (with the list's search and status filter) and of a session's
 * participants and waiting list. See {@link RegistrationCsv} for the format.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class RegistrationExportController {

	private final CsvResponses responses;

	RegistrationExportController(CsvResponses responses) {
		this.responses = responses;
	}

	@GetMapping("/admin/events/{eventId}/registrations.csv")
	void event(@PathVariable Long eventId, @ModelAttribute ParticipantSearch search, Locale locale,
			HttpServletResponse response) throws IOException {
		ParticipantCriteria criteria = search.toCriteria(eventId, 0);
		this.responses.event(eventId, criteria, locale, response);
	}

	@GetMapping("/admin/events/{eventId}/registrations/sessions/{sessionId}.csv")
	void session(@PathVariable Long eventId, @PathVariable Long sessionId, Locale locale,
			HttpServletResponse response) throws IOException {
		this.responses.session(eventId, sessionId, locale, response);
	}

}
