package nl.bijeen.privacy.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.newsletter.Subscriptions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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

	private static final String EVENT = "evenement";

	private static final String CANCELLED = "geannuleerd";

	private final BijeenProperties site;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Subscriptions newsletter;

	ParticipantPrivacyController(PersonalData personalData, MailRecords mails, Erasures erasures,
			BijeenProperties site, EventCatalog events, AuditLog audit, Subscriptions newsletter) {
		this.newsletter = newsletter;
		this.events = events;
		this.audit = audit;
		this.personalData = personalData;
		this.mails = mails;
		this.erasures = erasures;
		this.site = site;
	}

	@GetMapping("/aanmelding/{token}/gegevens.json")
	ResponseEntity<Download> download(@PathVariable String token) {
		ParticipantData data = this.personalData.export(token, this.site.getBaseUrl());
		this.audit.record(AuditAction.PERSONAL_DATA_DOWNLOADED, data.eventId(),
				"registration " + data.registrationId(), null);
		Download download = new Download(OffsetDateTime.now(ZoneOffset.UTC).toString(), this.site.getSiteName(), data,
				this.mails.to(data.email()).stream().map(Mail::of).toList(),
				this.newsletter.ofAddress(data.email()).map(p -> Newsletter.of(p, this.events)).orElse(null));
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

	/**
	 * Erases, then leads to the page that tells what happened; what it tells travels in the address (the
	 * event's slug, whether a registration was cancelled), not in a session: participants get none.
	 */
	@PostMapping("/aanmelding/{token}/verwijderen")
	String erase(@PathVariable String token) {
		String eventUrl = this.personalData.export(token, "").eventUrl();
		Erasure erasure = this.erasures.byParticipant(token);
		String slug = eventUrl.substring(eventUrl.lastIndexOf('/') + 1);
		return "redirect:" + UriComponentsBuilder.fromPath("/privacy/verwijderd")
			.queryParam(EVENT, slug)
			.queryParamIfPresent(CANCELLED, Optional.ofNullable((erasure.cancelled() > 0) ? "ja" : null))
			.encode()
			.toUriString();
	}

	@GetMapping("/privacy/verwijderd")
	String erased(@RequestParam(name = EVENT, required = false) String slug,
			@RequestParam(name = CANCELLED, required = false) String cancelled, Model model) {
		if (slug != null && slug.length() <= 200) {
			this.events.eventBySlug(slug).filter(Event::isPublic).ifPresent(event -> {
				model.addAttribute("erasedEvent", event.getTitle());
				model.addAttribute("erasedCancelled", "ja".equals(cancelled));
			});
		}
		return "privacy/erased";
	}

	/**
	 * The download: when it was made, by which site, the registration, the mails and the newsletter sign-up of
	 * the address (or {@code null}).
	 */
	record Download(String generatedAt, String site, ParticipantData registration, List<Mail> mails,
			Newsletter newsletter) {
	}

	/**
	 * The newsletter sign-up of the participant's address: what is kept of it (themes empty: every theme).
	 */
	record Newsletter(String email, String name, String language, String signedUpAt, String confirmedAt,
			List<String> themes) {

		static Newsletter of(Subscriptions.Preferences preferences, EventCatalog events) {
			var s = preferences.subscriber();
			return new Newsletter(s.email(), s.name(), s.locale(), s.createdAt().toString(),
					(s.confirmedAt() != null) ? s.confirmedAt().toString() : null,
					events.themes(preferences.themes()).stream().map(t -> t.name()).sorted().toList());
		}

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
