package nl.bijeen.mailings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.bijeen.common.RichText;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.MailingRecipients;
import nl.bijeen.registration.MailingRecipients.Recipient;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a mailing's mail when the outbox sends it: the organiser's subject and text as written (Markdown rendered
 * and sanitised, {@code {naam}} filled in), around it in the recipient's language the organisation and event it is
 * from, why they receive it, their personal link (issued now) and where replies go; in the name of the event's lead
 * organiser (sender name and reply-to address). A registration cancelled since it was queued gets nothing.
 */
@Component
class MailingMailWriter implements MailWriter {

	static final String NAME = "mailing";

	/** The placeholders for the recipient's name in the organiser's text. */
	static final String[] PLACEHOLDERS = { "{naam}", "{name}" };

	private final Mailings mailings;

	private final MailingAudiences audiences;

	private final MailingRecipients recipients;

	private final EventCatalog events;

	private final PeopleDirectory people;

	private final RichText richText;

	private final MessageSource messages;

	private final BijeenProperties site;

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	/** Mailings being sent (they no longer change), with their text as HTML, so each is read and rendered once. */
	private final Map<Long, Sent> sent = new ConcurrentHashMap<>();

	MailingMailWriter(Mailings mailings, MailingAudiences audiences, MailingRecipients recipients, EventCatalog events,
			PeopleDirectory people, RichText richText, MessageSource messages, BijeenProperties site) {
		this.mailings = mailings;
		this.audiences = audiences;
		this.recipients = recipients;
		this.events = events;
		this.people = people;
		this.richText = richText;
		this.messages = messages;
		this.site = site;
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	static String payload(long mailingId, long registrationId) {
		return mailingId + ":" + registrationId;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] parts = payload.split(":");
		long mailingId = Long.parseLong(parts[0]);
		Long registrationId = Long.valueOf(parts[1]);
		Sent s = sent(mailingId);
		if (s == null) {
			return Optional.empty();
		}
		Optional<Recipient> recipient = this.audiences.still(s.mailing().eventId(), s.mailing().audience(),
				registrationId);
		if (recipient.isEmpty()) {
			return Optional.empty();
		}
		Recipient r = recipient.get();
		return this.events.event(s.mailing().eventId())
			.map(event -> write(s.mailing(), s.bodyHtml(), event, r.email(), r.name(), r.locale(),
					this.recipients.personalLink(r.registrationId()))
				.withReference(null));
	}

	/**
	 * The mail as the recipient gets it, for the preview and the test mail: with an example personal link.
	 */
	OutgoingMail example(Mailing mailing, Event event, String to, String name, Locale locale) {
		return write(mailing, html(mailing.body()), event, to, name, locale,
				this.site.getBaseUrl() + "/aanmelding/" + this.messages.getMessage("mailings.preview.token", null, locale));
	}

	private OutgoingMail write(Mailing mailing, String bodyHtml, Event event, String to, String name, Locale locale,
			String personalUrl) {
		Optional<Organisation> lead = event.leadOrganiserId().flatMap(this.people::organisation);
		String from = lead.map(Organisation::name).orElse(this.site.getSiteName());
		Map<String, Object> model = new HashMap<>();
		model.put("subject", mailing.subject());
		model.put("bodyHtml", fill(bodyHtml == null ? "" : bodyHtml, HtmlUtils.htmlEscape(name == null ? "" : name)));
		model.put("bodyText", fill(plain(mailing.body()), name == null ? "" : name));
		model.put("from", from);
		model.put("eventTitle", event.getTitle());
		model.put("eventUrl", this.site.getBaseUrl() + "/evenementen/" + event.getSlug());
		model.put("why", this.messages.getMessage("mailings.mail.why." + mailing.audience(),
				new Object[] { event.getTitle(), mailing.sessionTitle() }, locale));
		model.put("personalUrl", personalUrl);
		model.put("replyTo", lead.map(Organisation::replyTo).orElse(null));
		model.put("siteName", this.site.getSiteName());
		OutgoingMail mail = OutgoingMail
			.of(to, name, mailing.subject(), this.text.process("mailing", new Context(locale, model)))
			.withHtml(this.html.process("mailing", new Context(locale, model)))
			.withLocale(locale)
			.withEvent(event.getId());
		return lead.map(o -> mail.withSender(o.mailSender(), o.replyTo())).orElse(mail);
	}

	/** The organiser's Markdown as HTML: without the HTML written in it, rendered and sanitised. */
	private String html(String markdown) {
		return this.richText.markdown(plain(markdown));
	}

	/**
	 * The organiser's Markdown as the plain text part: Markdown reads as text, but HTML in it does not (scripts and
	 * styles go with their content, other tags without; autolinks such as {@code <https://...>} stay).
	 */
	static String plain(String markdown) {
		return SCRIPTS.matcher(markdown).replaceAll("").replaceAll("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?/?>", "");
	}

	private static final java.util.regex.Pattern SCRIPTS = java.util.regex.Pattern
		.compile("<(script|style)\\b.*?</\\1\\s*>", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

	/** The recipient's name in place of the placeholders (the name escaped by the caller where needed). */
	static String fill(String text, String name) {
		String filled = text;
		for (String placeholder : PLACEHOLDERS) {
			filled = filled.replace(placeholder, name);
		}
		return filled;
	}

	private Sent sent(long mailingId) {
		Sent cached = this.sent.get(mailingId);
		if (cached != null) {
			return cached;
		}
		Mailing mailing = this.mailings.find(mailingId).filter(m -> !m.draft()).orElse(null);
		if (mailing == null) {
			return null;
		}
		if (this.sent.size() > 16) {
			this.sent.clear();
		}
		Sent s = new Sent(mailing, html(mailing.body()));
		this.sent.put(mailingId, s);
		return s;
	}

	private record Sent(Mailing mailing, String bodyHtml) {
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mailings/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
