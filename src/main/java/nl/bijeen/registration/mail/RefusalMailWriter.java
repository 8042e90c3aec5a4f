package nl.bijeen.registration.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.RegistrationRefused;
import nl.bijeen.registration.internal.RegistrationContext;
import nl.bijeen.registration.internal.RegistrationContexts;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mail to someone whose registration was refused for lack of places (the event or a chosen
 * workshop full, without waiting list): the answer on the form and in the API is the same as for everybody,
 * and this mail tells the real outcome. Nothing was stored, so the payload carries what the mail needs:
 * {@code eventId;reason;language;address;name}, the last two in Base64.
 */
@Component
class RefusalMailWriter implements MailWriter {

	static final String NAME = "registration-refused";

	private final RegistrationContexts contexts;

	private final MailTemplates templates;

	private final MessageSource messages;

	private final BijeenProperties site;

	private final PeopleDirectory people;

	RefusalMailWriter(RegistrationContexts contexts, MailTemplates templates, MessageSource messages,
			BijeenProperties site, PeopleDirectory people) {
		this.people = people;
		this.contexts = contexts;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * The outbox entry for a refusal; one per attempt, since every attempt was made by someone.
	 */
	static DeferredMail queued(RegistrationRefused refused) {
		String reason = refused.sessionFull() ? "sessionFull" : "full";
		String name = refused.name().codePoints()
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String payload = String.join(";", String.valueOf(refused.eventId()), reason, refused.locale(),
				encode(refused.email()), encode(name));
		return new DeferredMail(refused.email(), NAME, payload,
				"registration-refused:" + refused.eventId() + ":" + UUID.randomUUID(),
				Locale.forLanguageTag(refused.locale()), refused.eventId());
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] parts = payload.split(";", -1);
		if (parts.length != 5) {
			throw new IllegalArgumentException("Not a refusal payload");
		}
		Optional<Event> found = this.contexts.of(Long.valueOf(parts[0])).map(RegistrationContext::event);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Event event = found.get();
		String reason = parts[1];
		Locale locale = "en".equals(parts[2]) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
		String email = decode(parts[3]);
		String name = decode(parts[4]);
		Map<String, Object> model = new HashMap<>();
		model.put("reason", reason);
		model.put("name", name);
		model.put("event", event);
		model.put("siteName", this.site.getSiteName());
		model.put("eventUrl", this.site.getBaseUrl() + "/evenementen/" + event.getSlug());
		model.put("formUrl", this.site.getBaseUrl() + "/evenementen/" + event.getSlug() + "/aanmelden");
		Optional<Organisation> lead = event.leadOrganiserId().flatMap(this.people::organisation);
		model.put("organiser", lead.map(Organisation::name).orElse(null));
		String subject = this.messages.getMessage("registration.mail.refused.subject",
				new Object[] { event.getTitle() }, locale);
		return Optional.of(OutgoingMail.of(email, name, subject, this.templates.text("refused", locale, model))
			.withHtml(this.templates.html("refused", locale, model))
			.withLocale(locale)
			.withSender(lead.map(Organisation::mailSender).orElse(null),
					RegistrationMailWriter.replyTo(lead, event)));
	}

	private static String encode(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String value) {
		return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
	}

}
