package nl.bijeen.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.attendance.Presence;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's certificates page of an event: how many were present and mailed, "Certificaten versturen", all
 * certificates as one PDF, and the PE-online presence list per register with the numbers that fail its format.
 * Downloads are recorded in the audit log.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class CertificatesAdminController {

	private final Certificates certificates;

	private final CertificateMails mails;

	private final CertificatePdf pdf;

	private final PeOnlineLists lists;

	private final Presence presence;

	private final AuditLog audit;

	CertificatesAdminController(Certificates certificates, CertificateMails mails, CertificatePdf pdf,
			PeOnlineLists lists, Presence presence, AuditLog audit) {
		this.certificates = certificates;
		this.mails = mails;
		this.pdf = pdf;
		this.lists = lists;
		this.presence = presence;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/certificates")
	String page(@PathVariable Long eventId, Model model) {
		Event event = this.certificates.event(eventId);
		List<PeOnlineList> registers = this.lists.of(eventId);
		this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, null, "certificates");
		model.addAttribute("event", event);
		model.addAttribute("present", this.presence.of(eventId).size());
		model.addAttribute("mailed", this.mails.mailed(eventId));
		model.addAttribute("lists", registers);
		return "certificates/admin";
	}

	@PostMapping("/admin/events/{eventId}/certificates/send")
	String send(@PathVariable Long eventId, RedirectAttributes redirect) {
		int queued = this.mails.send(eventId);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, queued + " mailed", "certificates mailed");
		redirect.addFlashAttribute("notice", "certificates.sent");
		redirect.addFlashAttribute("noticeCount", queued);
		return "redirect:/admin/events/" + eventId + "/certificates";
	}

	@GetMapping("/admin/events/{eventId}/certificates.pdf")
	void all(@PathVariable Long eventId, Locale locale, HttpServletResponse response) throws IOException {
		List<Certificate> all = this.certificates.ofEvent(eventId);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, null, "certificates pdf");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.pdf.write(all, locale, out);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
			.filename("certificaten-" + this.certificates.event(eventId).getSlug() + ".pdf").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		out.writeTo(response.getOutputStream());
	}

	@GetMapping("/admin/events/{eventId}/pe-online/{register}.txt")
	ResponseEntity<String> peOnline(@PathVariable Long eventId, @PathVariable String register) {
		Event event = this.certificates.event(eventId);
		PeOnlineList list = this.lists.of(eventId, register)
			.orElseThrow(() -> new NotFoundException("No register " + register));
		this.audit.record(AuditAction.PERSONAL_DATA_DOWNLOADED, eventId, "register " + register,
				"pe-online list, " + list.lines().size() + " numbers");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("pe-online-" + register.toLowerCase(Locale.ROOT) + "-" + event.getSlug() + ".txt")
				.build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(list.content());
	}

}
