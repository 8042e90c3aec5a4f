package nl.bijeen.registration.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.mail.Attachment;
import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.registration.internal.IssuedLinks;
import nl.bijeen.registration.internal.PersonalCalendar;
import nl.bijeen.registration.internal.PersonalCalendars;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.PersonalView;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders one mail about a registration (text and HTML, in the participant's language, with the calendar
 * file where it helps) and puts it in the outbox, in the caller's transaction.
 */
@Component
public class RegistrationMailer {

	private final PersonalRegistrations personal;

	private final PersonalCalendars calendars;

	private final MailTemplates templates;

	private final MessageSource messages;

	private final Outbox outbox;

	private final BijeenProperties site;

	RegistrationMailer(PersonalRegistrations personal, PersonalCalendars calendars, MailTemplates templates,
			MessageSource messages, Outbox outbox, BijeenProperties site) {
		this.personal = personal;
		this.calendars = calendars;
		this.templates = templates;
		this.messages = messages;
		this.outbox = outbox;
		this.site = site;
	}

	/**
	 * Sends the mail of this kind about the registration.
	 * @param once whether this mail goes only once per registration (reminders), else once per change
	 */
	public void send(Long registrationId, MailKind kind, boolean once) {
		PersonalView view = this.personal.view(registrationId);
		Locale locale = view.registration().preferredLocale();
		String personalUrl = IssuedLinks.of(registrationId)
			.map(token -> this.site.getBaseUrl() + "/aanmelding/" + token)
			.orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("kind", kind.key());
		model.put("view", view);
		model.put("personalUrl", personalUrl);
		model.put("siteName", this.site.getSiteName());
		model.put("eventUrl", this.site.getBaseUrl() + "/evenementen/" + view.event().getSlug());
		model.put("meetingLink", kind == MailKind.ONLINE_LINK ? view.event().getOnlineUrl() : null);
		String subject = this.messages.getMessage("registration.mail." + kind.key() + ".subject",
				new Object[] { view.event().getTitle() }, locale);
		String reference = "registration:" + registrationId + ":" + kind.key()
				+ (once ? "" : ":" + UUID.randomUUID());
		OutgoingMail mail = OutgoingMail
			.of(view.registration().email(), view.registration().name(), subject,
					this.templates.text("message", locale, model))
			.withHtml(this.templates.html("message", locale, model))
			.withReference(reference)
			.withLocale(locale);
		if (kind.calendar() && view.registration().status() != RegistrationStatus.WAITLISTED
				&& view.registration().status().isActive()) {
			mail = mail.withAttachment(new Attachment("aanmelding.ics", PersonalCalendar.CONTENT_TYPE,
					this.calendars.of(view, personalUrl)));
		}
		this.outbox.enqueue(mail);
	}

	public void send(Long registrationId, MailKind kind) {
		send(registrationId, kind, false);
	}

}
