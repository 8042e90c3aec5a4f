package nl.bijeen.registration.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.programme.Session;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a participant list as a CSV download, written straight to the response while the rows come in.
 * Everything that can fail (an unknown event or session) is checked before the first byte is written.
 */
@Component
class CsvResponses {

	static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	private final Participants participants;

	private final RegistrationCsv csv;

	CsvResponses(Participants participants, RegistrationCsv csv) {
		this.participants = participants;
		this.csv = csv;
	}

	void event(Long eventId, ParticipantCriteria criteria, Locale locale, HttpServletResponse response)
			throws IOException {
		Columns columns = this.participants.columns(eventId);
		send(criteria, columns, this.csv.filename(columns, null, locale), locale, response);
	}

	void session(Long eventId, Long sessionId, Locale locale, HttpServletResponse response) throws IOException {
		Columns columns = this.participants.columns(eventId);
		Session session = RegistrationAdminController.roundOf(columns, sessionId).session(sessionId).orElseThrow();
		send(ParticipantCriteria.inSession(eventId, sessionId, null), columns,
				this.csv.filename(columns, session.title(), locale), locale, response);
	}

	private void send(ParticipantCriteria criteria, Columns columns, String filename, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.csv.write(criteria, columns, locale, response.getOutputStream());
		response.flushBuffer();
	}

}
