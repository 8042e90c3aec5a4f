package nl.bijeen.privacy.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.bijeen.mail.MailRecords;
import nl.bijeen.privacy.Erasures;
import nl.bijeen.registration.Erasure;
import nl.bijeen.registration.ParticipantData;
import nl.bijeen.registration.PersonalData;
import nl.bijeen.web.BijeenProperties;

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
 * What a participant does with their data through the personal link: download it (JSON: the registration,
 * the answers, the mails to them) and erase it (with a confirmation step; the page after it tells what
 * happened). An unknown link is a 404, as on the personal page.
 */
@Controller
class ParticipantPrivacyController {

	private final PersonalData personalData;

	private final MailRecords mails;

	private final Erasures erasures;

	private final BijeenProperties site;

	ParticipantPrivacyController(PersonalData personalData, MailRecords mails, Erasures erasures,
			BijeenProperties site) {
		this.personalData = personalData;
		this.mails = mails;
		this.erasures = erasures;
		this.site = site;
	}

	@GetMapping("/aanmelding/{token}/gegevens.json")
	ResponseEntity<Download> download(@PathVariable String token) {
		ParticipantData data = this.personalData.export(token, this.site.getBaseUrl());
		Download download = new Download(OffsetDateTime.now(ZoneOffset.UTC).toString(), this.site.getSiteName(), data,
				this.mails.to(data.email()).stream().map(Mail::of).toList());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mijn-gegevens.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download);
	}

	@GetMapping("/aanmelding/{token}/verwijderen")
	String confirm(@PathVariable String token, Model model) {
		ParticipantData data = this.personalData.export(token, this.site.getBaseUrl());
		model.addAttribute("token", token);
		model.addAttribute("eventTitle", data.eventTitle());
		model.addAttribute("active", !"CANCELLED".equals(data.status()) && !"REJECTED".equals(data.status()));
		return "privacy/erase";
	}

	@PostMapping("/aanmelding/{token}/verwijderen")
	String erase(@PathVariable String token, RedirectAttributes redirect) {
		Erasure erasure = this.erasures.byParticipant(token);
		redirect.addFlashAttribute("erasedEvent", erasure.eventTitle());
		redirect.addFlashAttribute("erasedCancelled", erasure.cancelled() > 0);
		return "redirect:/privacy/verwijderd";
	}

	@GetMapping("/privacy/verwijderd")
	String erased() {
		return "privacy/erased";
	}

	/**
	 * The download: when it was made, by which site, the registration and the mails.
	 */
	record Download(String generatedAt, String site, ParticipantData registration, List<Mail> mails) {
	}

	/**
	 * A mail to the participant: its subject, status and times (delivered mails keep no content).
	 */
	record Mail(String subject, String status, String queuedAt, String sentAt) {

		static Mail of(MailRecords.MailRecord record) {
			return new Mail(record.subject(), record.status(), record.createdAt().toString(),
					(record.sentAt() != null) ? record.sentAt().toString() : null);
		}

	}

}
