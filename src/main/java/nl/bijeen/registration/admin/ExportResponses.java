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
 * Sends a participant list as a CSV or XLSX download, written straight to the response while the rows come
 * in. Everything that can fail (an unknown event or session) is checked before the first byte is written.
 */
@Component
class ExportResponses {

	private final Participants participants;

	private final ExportRows rows;

	private final RegistrationCsv csv;

	private final RegistrationXlsx xlsx;

	ExportResponses(Participants participants, ExportRows rows, RegistrationCsv csv, RegistrationXlsx xlsx) {
		this.participants = participants;
		this.rows = rows;
		this.csv = csv;
		this.xlsx = xlsx;
	}

	void event(Long eventId, ParticipantCriteria criteria, ExportFormat format, Locale locale,
			HttpServletResponse response) throws IOException {
		Columns columns = this.participants.columns(eventId);
		send(criteria, columns, format, this.rows.filename(columns, null, format, locale), locale, response);
	}

	void session(Long eventId, Long sessionId, ExportFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Columns columns = this.participants.columns(eventId);
		Session session = RegistrationAdminController.roundOf(columns, sessionId).session(sessionId).orElseThrow();
		send(ParticipantCriteria.inSession(eventId, sessionId, null), columns, format,
				this.rows.filename(columns, session.title(), format, locale), locale, response);
	}

	private void send(ParticipantCriteria criteria, Columns columns, ExportFormat format, String filename,
			Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (format == ExportFormat.XLSX) {
			this.xlsx.write(criteria, columns, locale, response.getOutputStream());
		}
		else {
			this.csv.write(criteria, columns, locale, response.getOutputStream());
		}
		response.flushBuffer();
	}

}
