package nl.bijeen.mailings;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.mail.MailRecords;
import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.mailings.web.MailingForm;
import nl.bijeen.registration.MailingRecipients;
import nl.bijeen.registration.MailingRecipients.Recipient;
import nl.bijeen.registration.MailingRecipients.SessionPlaces;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's mail to participants of an event: the list of its mailings (drafts and the record of those sent),
 * writing one, the preview as a sample recipient gets it, a test mail to the organiser, the confirmation with the
 * number of recipients now, and sending once. Sending and test mails are recorded in the audit log.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class MailingsAdminController {

	private final Mailings mailings;

	private final MailingAudiences audiences;

	private final MailingRecipients recipients;

	private final MailingSending sending;

	private final MailingMailWriter writer;

	private final MailingRecord record;

	private final EventCatalog events;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Rights rights;

	private final AuditLog audit;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	MailingsAdminController(Mailings mailings, MailingAudiences audiences, MailingRecipients recipients,
			MailingSending sending, MailingMailWriter writer, MailingRecord record, EventCatalog events, Outbox outbox,
			TransactionTemplate transactions, Rights rights, AuditLog audit, MessageSource messages, JdbcClient jdbc) {
		this.mailings = mailings;
		this.audiences = audiences;
		this.recipients = recipients;
		this.sending = sending;
		this.writer = writer;
		this.record = record;
		this.events = events;
		this.outbox = outbox;
		this.transactions = transactions;
		this.rights = rights;
		this.audit = audit;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/events/{eventId}/mailings")
	String list(@PathVariable Long eventId, Model model) {
		model.addAttribute("event", event(eventId));
		model.addAttribute("mailings", this.record.ofEvent(eventId));
		return "mailings/list";
	}

	@GetMapping("/admin/events/{eventId}/mailings/new")
	String create(@PathVariable Long eventId, Model model) {
		MailingForm form = new MailingForm();
		form.setBody(this.messages.getMessage("mailings.form.bodyStart", null, Locale.forLanguageTag("nl")));
		return form(event(eventId), null, form, model);
	}

	@PostMapping("/admin/events/{eventId}/mailings")
	String save(@PathVariable Long eventId, @Valid @ModelAttribute("form") MailingForm form, BindingResult result,
			Model model, Principal principal) {
		Event event = event(eventId);
		Optional<SessionPlaces> session = check(event, form, result);
		if (result.hasErrors()) {
			return form(event, null, form, model);
		}
		long id = this.mailings.create(eventId, form.getSubject().strip(), form.getBody(),
				Audience.valueOf(form.getAudience()), session.map(SessionPlaces::sessionId).orElse(null),
				session.map(SessionPlaces::title).orElse(null), name(principal), now());
		return "redirect:/admin/events/" + eventId + "/mailings/" + id;
	}

	@GetMapping("/admin/events/{eventId}/mailings/{mailingId}/edit")
	String edit(@PathVariable Long eventId, @PathVariable Long mailingId, Model model) {
		Mailing m = mailing(eventId, mailingId);
		if (!m.draft()) {
			return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
		}
		MailingForm form = new MailingForm();
		form.setAudience(m.audience().name());
		form.setSessionId(m.sessionId());
		form.setSubject(m.subject());
		form.setBody(m.body());
		return form(event(eventId), m, form, model);
	}

	@PostMapping("/admin/events/{eventId}/mailings/{mailingId}")
	String update(@PathVariable Long eventId, @PathVariable Long mailingId,
			@Valid @ModelAttribute("form") MailingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Mailing m = mailing(eventId, mailingId);
		Event event = event(eventId);
		Optional<SessionPlaces> session = check(event, form, result);
		if (result.hasErrors()) {
			return form(event, m, form, model);
		}
		boolean changed = this.mailings.update(mailingId, form.getSubject().strip(), form.getBody(),
				Audience.valueOf(form.getAudience()), session.map(SessionPlaces::sessionId).orElse(null),
				session.map(SessionPlaces::title).orElse(null));
		if (!changed) {
			redirect.addFlashAttribute("flash", "mailings.notDraft");
			redirect.addFlashAttribute("flashKind", "error");
		}
		return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
	}

	/** A draft: its preview and what to do next; a mailing sent: its record. */
	@GetMapping("/admin/events/{eventId}/mailings/{mailingId}")
	String view(@PathVariable Long eventId, @PathVariable Long mailingId, Model model, Locale locale) {
		Mailing m = mailing(eventId, mailingId);
		Event event = event(eventId);
		model.addAttribute("event", event);
		if (!m.draft()) {
			model.addAttribute("mailing", this.record.refreshed(m));
			model.addAttribute("statuses", this.record.statuses(m));
			model.addAttribute("bodyHtml", this.writer.example(m, event, "voorbeeld@example.org",
					this.messages.getMessage("mailings.preview.sampleName", null, locale), locale).html());
			return "mailings/record";
		}
		Optional<Recipient> sample = this.audiences.sample(eventId, m.audience(), m.sessionId());
		String name = sample.map(Recipient::name)
			.orElse(this.messages.getMessage("mailings.preview.sampleName", null, locale));
		Locale language = sample.map(Recipient::locale).orElse(Locale.forLanguageTag("nl"));
		OutgoingMail preview = this.writer.example(m, event, sample.map(Recipient::email).orElse("voorbeeld@example.org"),
				name, language);
		model.addAttribute("mailing", m);
		model.addAttribute("preview", preview);
		model.addAttribute("sampleFound", sample.isPresent());
		model.addAttribute("count", this.audiences.count(eventId, m.audience(), m.sessionId()));
		model.addAttribute("testAddress", ownAddress());
		return "mailings/preview";
	}

	@PostMapping("/admin/events/{eventId}/mailings/{mailingId}/test")
	String test(@PathVariable Long eventId, @PathVariable Long mailingId, Locale locale, RedirectAttributes redirect) {
		Mailing m = mailing(eventId, mailingId);
		String to = ownAddress();
		if (to == null) {
			redirect.addFlashAttribute("flash", "mailings.test.noAddress");
			redirect.addFlashAttribute("flashKind", "error");
			return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
		}
		Optional<Recipient> sample = this.audiences.sample(eventId, m.audience(), m.sessionId());
		String name = sample.map(Recipient::name)
			.orElse(this.messages.getMessage("mailings.preview.sampleName", null, locale));
		OutgoingMail example = this.writer.example(m, event(eventId), to, name, locale);
		String marker = this.messages.getMessage("mailings.test.marker", null, locale);
		OutgoingMail test = new OutgoingMail(to, null, marker + " " + example.subject(), example.text(), example.html(),
				null, null, locale, example.fromName(), example.replyTo(), eventId, null);
		this.transactions.executeWithoutResult(status -> this.outbox.enqueue(test));
		redirect.addFlashAttribute("notice", "mailings.test.queued");
		redirect.addFlashAttribute("noticeName", to);
		return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
	}

	@GetMapping("/admin/events/{eventId}/mailings/{mailingId}/send")
	String confirm(@PathVariable Long eventId, @PathVariable Long mailingId, Model model) {
		Mailing m = mailing(eventId, mailingId);
		if (!m.draft()) {
			return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
		}
		model.addAttribute("event", event(eventId));
		model.addAttribute("mailing", m);
		model.addAttribute("count", this.audiences.count(eventId, m.audience(), m.sessionId()));
		return "mailings/confirm";
	}

	@PostMapping("/admin/events/{eventId}/mailings/{mailingId}/send")
	String send(@PathVariable Long eventId, @PathVariable Long mailingId, Principal principal,
			RedirectAttributes redirect) {
		Mailing m = mailing(eventId, mailingId);
		boolean sent = this.sending.send(m, name(principal));
		if (sent) {
			Mailing after = mailing(eventId, mailingId);
			this.audit.record(AuditAction.PARTICIPANTS_MAILED, eventId, "mailing " + mailingId,
					m.audience() + ", " + after.recipients() + " recipients");
			redirect.addFlashAttribute("notice", "mailings.sent");
			redirect.addFlashAttribute("noticeCount", after.recipients());
		}
		else {
			redirect.addFlashAttribute("flash", "mailings.notDraft");
			redirect.addFlashAttribute("flashKind", "error");
		}
		return "redirect:/admin/events/" + eventId + "/mailings/" + mailingId;
	}

	@PostMapping("/admin/events/{eventId}/mailings/{mailingId}/delete")
	String delete(@PathVariable Long eventId, @PathVariable Long mailingId, RedirectAttributes redirect) {
		boolean deleted = this.mailings.deleteDraft(eventId, mailingId);
		redirect.addFlashAttribute("flash", deleted ? "mailings.deleted" : "mailings.notDraft");
		return "redirect:/admin/events/" + eventId + "/mailings";
	}

	private String form(Event event, Mailing mailing, MailingForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("mailing", mailing);
		model.addAttribute("form", form);
		model.addAttribute("sessions", this.recipients.sessions(event.getId()));
		model.addAttribute("counts", this.audiences.counts(event.getId()));
		model.addAttribute("started", started(event));
		model.addAttribute("audiences", Audience.values());
		return "mailings/form";
	}

	/** Checks what the annotations cannot: the session of SESSION, ABSENT only once the event has begun. */
	private Optional<SessionPlaces> check(Event event, MailingForm form, BindingResult result) {
		if (result.hasFieldErrors("audience")) {
			return Optional.empty();
		}
		Audience audience = Audience.valueOf(form.getAudience());
		if (audience == Audience.ABSENT && !started(event)) {
			result.rejectValue("audience", "mailings.field.audience.notStarted");
		}
		if (audience != Audience.SESSION) {
			return Optional.empty();
		}
		List<SessionPlaces> sessions = this.recipients.sessions(event.getId());
		Optional<SessionPlaces> session = sessions.stream()
			.filter(s -> s.sessionId().equals(form.getSessionId()))
			.findFirst();
		if (session.isEmpty()) {
			result.rejectValue("sessionId", "mailings.field.sessionId.required");
		}
		return session;
	}

	private static boolean started(Event event) {
		return event.getStartsAt() != null && !event.getStartsAt().isAfter(now());
	}

	private Mailing mailing(Long eventId, Long mailingId) {
		return this.mailings.find(eventId, mailingId)
			.orElseThrow(() -> new NotFoundException("No mailing " + mailingId + " of event " + eventId));
	}

	private Event event(Long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String name(Principal principal) {
		return principal == null ? null : principal.getName();
	}

	/** The signed-in account's own address (account is the accounts module's table, read here only). */
	private String ownAddress() {
		Long account = this.rights.current().accountId();
		if (account == null || account < 0) {
			return null;
		}
		return this.jdbc.sql("select email from account where id = :id").param("id", account).query(String.class)
			.optional().filter(e -> !e.isBlank()).orElse(null);
	}

}
