package nl.bijeen.registration.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.mail.Attachment;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.registration.RegistrationSessionRemoved;
import nl.bijeen.registration.internal.PersonalCalendar;
import nl.bijeen.registration.internal.PersonalCalendars;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.Pseudonymiser;
import nl.bijeen.registration.internal.PersonalView;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a participant that a session they chose was removed: queued in the outbox in the transaction of the
 * removal, written when it is sent, in their language, with what became of their choice as it is then (a
 * place in another session, a place on its waiting list, or no session in that round).
 */
@Component
class SessionRemovalMails implements MailWriter {

	static final String NAME = "registration-session-removed";

	private final Outbox outbox;

	private final Registrations registrations;

	private final PersonalRegistrations personal;

	private final PersonalCalendars calendars;

	private final MailTemplates templates;

	private final MessageSource messages;

	private final BijeenProperties site;

	private final org.springframework.transaction.support.TransactionOperations transactions;

	SessionRemovalMails(Outbox outbox, Registrations registrations, PersonalRegistrations personal, PersonalCalendars calendars,
			MailTemplates templates, MessageSource messages, BijeenProperties site,
			org.springframework.transaction.support.TransactionOperations transactions) {
		this.transactions = transactions;
		this.outbox = outbox;
		this.registrations = registrations;
		this.personal = personal;
		this.calendars = calendars;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
	}

	@EventListener
	void on(RegistrationSessionRemoved removed) {
		Registration registration = this.registrations.findById(removed.registrationId()).orElseThrow();
		String payload = String.join(";", String.valueOf(removed.registrationId()), String.valueOf(removed.roundId()),
				"", encode(removed.roundTitle()), // no token in the payload: the writer issues the link
				encode(removed.sessionTitle()));
		this.outbox.enqueue(new DeferredMail(registration.email(), NAME, payload,
				"registration:" + removed.registrationId() + ":sessionRemoved:" + java.util.UUID.randomUUID(),
				registration.preferredLocale(), removed.eventId()));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] parts = payload.split(";", -1);
		if (parts.length != 5) {
			throw new IllegalArgumentException("Not a session removal mail payload");
		}
		PersonalView view;
		try {
			view = this.personal.view(Long.valueOf(parts[0]));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		if (!view.active() || Pseudonymiser.isPseudonym(view.registration().email())) {
			return Optional.empty();
		}
		long roundId = Long.parseLong(parts[1]);
		String token = parts[2].isEmpty() ? issueLink(view.registration().id()) : parts[2];
		Locale locale = view.registration().preferredLocale();
		String personalUrl = (token != null) ? this.site.getBaseUrl() + "/aanmelding/" + token : null;
		Map<String, Object> model = new HashMap<>();
		model.put("view", view);
		model.put("roundTitle", decode(parts[3]));
		model.put("sessionTitle", decode(parts[4]));
		model.put("now", view.choices().stream().filter(c -> c.round().id() == roundId).findFirst().orElse(null));
		model.put("roundLeft", view.rounds().stream().anyMatch(r -> r.id() == roundId));
		model.put("personalUrl", personalUrl);
		model.put("siteName", this.site.getSiteName());
		model.put("eventUrl", this.site.getBaseUrl() + "/evenementen/" + view.event().getSlug());
		String subject = this.messages.getMessage("registration.mail.sessionRemoved.subject",
				new Object[] { view.event().getTitle() }, locale);
		OutgoingMail mail = OutgoingMail
			.of(view.registration().email(), view.registration().name(), subject,
					this.templates.text("session-removed", locale, model))
			.withHtml(this.templates.html("session-removed", locale, model))
			.withLocale(locale);
		if (view.registration().status().holdsSeat()) {
			mail = mail.withAttachment(new Attachment("aanmelding.ics", PersonalCalendar.CONTENT_TYPE,
					this.calendars.of(view, personalUrl)));
		}
		return Optional.of(mail);
	}

	/**
	 * Issues the personal link this mail carries (only its hash is stored; the earlier links keep working).
	 */
	private String issueLink(Long registrationId) {
		String token = PersonalLinks.newToken();
		this.transactions.executeWithoutResult(status -> this.registrations.newToken(registrationId,
				PersonalLinks.hash(token), java.time.LocalDateTime.now(nl.bijeen.common.Zones.AMSTERDAM)));
		return token;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
