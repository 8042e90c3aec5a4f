package nl.bijeen.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification page of a certificate (name, event, date, points; nothing more), and the participant's
 * own download through the personal link (only when they were present).
 */
@Controller
class CertificatePublicController {

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final CertificateFacts facts;

	private final Attendees attendees;

	private final AuditLog audit;

	CertificatePublicController(Certificates certificates, CertificatePdf pdf, CertificateFacts facts,
			Attendees attendees, AuditLog audit) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.facts = facts;
		this.attendees = attendees;
		this.audit = audit;
	}

	@GetMapping("/certificaat/{code}")
	String verify(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		return this.certificates.verify(code).map(c -> {
			model.addAttribute("certificate", c);
			model.addAttribute("dates", this.facts.dates(c.event(), locale));
			return "certificates/verify";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "certificates/unknown";
		});
	}

	@GetMapping("/aanmelding/{token}/certificaat.pdf")
	ResponseEntity<byte[]> download(@PathVariable String token, Locale locale) throws IOException {
		Attendee attendee = this.attendees.byToken(token).orElseThrow(() -> new NotFoundException("No place"));
		Certificate certificate = this.certificates.of(attendee.eventId(), attendee.registrationId())
			.orElseThrow(() -> new NotFoundException("Not present"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.write(List.of(certificate), locale, out);
		this.audit.record(AuditAction.PERSONAL_DATA_DOWNLOADED, attendee.eventId(),
				"registration " + attendee.registrationId(), "certificate pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("certificaat-" + certificate.event().getSlug() + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toByteArray());
	}

}
