package nl.bijeen.newsletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.bijeen.common.RichText;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the newsletter's mails when the outbox sends them: the confirmation of a sign-up (or, for an address
 * subscribed already, a link to its preferences) and an edition, each with a fresh personal link (only its hash
 * is stored) and, on an edition, the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers of
 * RFC 8058 for one-click unsubscribing. A subscriber who is gone by then (unsubscribed, erased) gets nothing.
 */
@Component
class NewsletterMailWriter implements MailWriter {

	static final String NAME = "newsletter";

	private final Subscribers subscribers;

	private final NewsletterLinks links;

	private final Editions editions;

	private final TransactionOperations transactions;

	private final BijeenProperties site;

	private final NewsletterProperties properties;

	private final RichText richText;

	private final MessageSource messages;

	private final PeopleDirectory people;

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	/** Editions being sent (they no longer change), so that 50,000 mails do not read the edition 50,000 times. */
	private final Map<Long, Edition> sending = new ConcurrentHashMap<>();

	/** The introductions of those editions as HTML (Markdown rendered and sanitised once, not once per mail). */
	private final Map<String, Optional<String>> introductions = new ConcurrentHashMap<>();

	/** The organisations those editions are sent in the name of (by edition id), as they were at the first mail. */
	private final Map<Long, Optional<Organisation>> senders = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	NewsletterMailWriter(Subscribers subscribers, NewsletterLinks links, Editions editions,
			TransactionOperations transactions, BijeenProperties site, NewsletterProperties properties,
			RichText richText, MessageSource messages, PeopleDirectory people) {
		this.people = people;
		this.subscribers = subscribers;
		this.links = links;
		this.editions = editions;
		this.transactions = transactions;
		this.site = site;
		this.properties = properties;
		this.richText = richText;
		this.messages = messages;
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	static String confirmPayload(long subscriberId) {
		return "confirm:" + subscriberId;
	}

	static String editionPayload(long editionId, long subscriberId) {
		return "edition:" + editionId + ":" + subscriberId;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] parts = payload.split(":");
		long subscriberId = Long.parseLong(parts[parts.length - 1]);
		Optional<Subscriber> subscriber = this.subscribers.byId(subscriberId);
		if (subscriber.isEmpty()) {
			return Optional.empty();
		}
		if ("confirm".equals(parts[0])) {
			return Optional.of(confirmation(subscriber.get()));
		}
		if (!subscriber.get().confirmed()) {
			return Optional.empty();
		}
		Edition edition = edition(Long.parseLong(parts[1]));
		return (edition == null) ? Optional.empty() : Optional.of(edition(edition, subscriber.get()));
	}

	private OutgoingMail confirmation(Subscriber subscriber) {
		String token = issue(subscriber.id());
		Locale locale = subscriber.preferredLocale();
		Map<String, Object> model = model(subscriber.name());
		model.put("confirmed", subscriber.confirmed());
		model.put("confirmUrl", this.site.getBaseUrl() + "/nieuwsbrief/bevestigen/" + token);
		model.put("preferencesUrl", this.site.getBaseUrl() + "/nieuwsbrief/voorkeuren/" + token);
		model.put("validDays", this.properties.getConfirmationValidity().toDays());
		String subject = this.messages.getMessage(
				subscriber.confirmed() ? "newsletter.mail.already.subject" : "newsletter.mail.confirm.subject",
				new Object[] { this.site.getSiteName() }, locale);
		return new OutgoingMail(subscriber.email(), subscriber.name(), subject, this.text.process("confirm", new Context(locale, model)),
				this.html.process("confirm", new Context(locale, model)), null, null, locale);
	}

	private OutgoingMail edition(Edition edition, Subscriber subscriber) {
		String token = issue(subscriber.id());
		String unsubscribeUrl = this.site.getBaseUrl() + "/nieuwsbrief/afmelden/" + token;
		OutgoingMail mail = write(edition, subscriber.email(), subscriber.name(), subscriber.preferredLocale(),
				this.site.getBaseUrl() + "/nieuwsbrief/voorkeuren/" + token, unsubscribeUrl);
		String mailto = this.properties.getUnsubscribeMailto();
		String listUnsubscribe = "<" + unsubscribeUrl + ">"
				+ ((mailto == null || mailto.isBlank()) ? "" : ", <mailto:" + mailto.strip() + "?subject=unsubscribe>");
		return mail.withReference(null)
			.withHeader("List-Unsubscribe", listUnsubscribe)
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

	/** A test of the edition to an organiser: its links lead to the sign-up page, it carries no list headers. */
	OutgoingMail test(Edition edition, String to) {
		String page = this.site.getBaseUrl() + "/nieuwsbrief";
		OutgoingMail mail = write(edition, to, null, Locale.forLanguageTag("nl"), page, page);
		return new OutgoingMail(mail.to(), null, "[Test] " + mail.subject(), mail.text(), mail.html(), null, null,
				mail.locale(), mail.fromName(), mail.replyTo());
	}

	private OutgoingMail write(Edition edition, String to, String name, Locale locale, String preferencesUrl,
			String unsubscribeUrl) {
		Map<String, Object> model = model(name);
		if (this.introductions.size() > 64 || this.senders.size() > 64) {
			this.introductions.clear();
			this.senders.clear();
		}
		model.put("edition", edition);
		model.put("introductionHtml", this.introductions.computeIfAbsent(edition.id() + ":" + edition.introduction(),
				k -> java.util.Optional.ofNullable(this.richText.markdown(edition.introduction()))).orElse(null));
		model.put("preferencesUrl", preferencesUrl);
		model.put("unsubscribeUrl", unsubscribeUrl);
		model.put("archiveUrl", this.site.getBaseUrl() + "/nieuwsbrief/" + edition.slug());
		OutgoingMail mail = new OutgoingMail(to, name, edition.title(),
				this.text.process("edition", new Context(locale, model)),
				this.html.process("edition", new Context(locale, model)), null, null, locale);
		// in the name of the organisation that wrote it (its sender name and reply-to address), as its event mails
		Optional<Organisation> writer = edition.draft() ? organisation(edition)
				: this.senders.computeIfAbsent(edition.id(), id -> organisation(edition));
		return writer.map(o -> mail.withSender(o.mailSender(), o.replyTo())).orElse(mail);
	}

	private Map<String, Object> model(String name) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("siteName", this.site.getSiteName());
		model.put("baseUrl", this.site.getBaseUrl());
		return model;
	}

	private Optional<Organisation> organisation(Edition edition) {
		return (edition.organisationId() == null) ? Optional.empty() : this.people.organisation(edition.organisationId());
	}

	private String issue(long subscriberId) {
		return this.transactions.execute(status -> this.links.issue(subscriberId, this.clock.instant()));
	}

	private Edition edition(long id) {
		Edition cached = this.sending.get(id);
		if (cached != null) {
			return cached;
		}
		Edition edition = this.editions.find(id).filter(e -> !e.draft()).orElse(null);
		if (edition != null) {
			if (this.sending.size() > 16) {
				this.sending.clear();
				this.introductions.clear();
				this.senders.clear();
			}
			this.sending.put(id, edition);
		}
		return edition;
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/newsletter/mail/");
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
