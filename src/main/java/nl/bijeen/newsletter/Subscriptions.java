package nl.bijeen.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up for the newsletter with double opt-in, confirming, changing themes and unsubscribing through a
 * personal link. A sign-up always gets the same answer, whether the address is new, waiting for confirmation or
 * subscribed already: the mail (a confirmation, or for a subscribed address a link to its preferences) tells the
 * difference only to the owner of the address, and goes at most once per {@code bijeen.newsletter.resend-interval}.
 */
@Service
@EnableConfigurationProperties(NewsletterProperties.class)
public class Subscriptions {

	/** Where a sign-up came from. */
	public enum Source {
		/** The form on {@code /nieuwsbrief}. */
		FORM,
		/** The opt-in of a registration form. */
		REGISTRATION
	}

	private final Subscribers subscribers;

	private final NewsletterLinks links;

	private final Outbox outbox;

	private final NewsletterProperties properties;

	private final Clock clock = Clock.systemUTC();

	Subscriptions(Subscribers subscribers, NewsletterLinks links, Outbox outbox, NewsletterProperties properties) {
		this.subscribers = subscribers;
		this.links = links;
		this.outbox = outbox;
		this.properties = properties;
	}

	/**
	 * Signs an address up (or again): stores it unconfirmed with its themes (none: every theme) unless it is
	 * confirmed already, and queues a confirmation mail unless one went within the resend interval.
	 * @return whether a mail was queued (for tests; callers answer the same either way)
	 */
	@Transactional
	public boolean subscribe(String email, String name, Collection<Long> themes, Locale locale, Source source) {
		String address = normalise(email);
		Instant now = this.clock.instant();
		String language = (locale != null) ? locale.getLanguage() : null;
		String shortName = (name == null || name.isBlank()) ? null : name.strip();
		this.subscribers.add(address, shortName, language, source.name(), now);
		Subscriber subscriber = this.subscribers.byEmail(address).orElseThrow();
		if (subscriber.confirmed() && source == Source.REGISTRATION) {
			// a registration's tick box of someone subscribed already: nothing to confirm, no mail
			return false;
		}
		if (!subscriber.confirmed()) {
			// not a subscriber yet: the latest sign-up's choice is what the confirmation confirms
			this.subscribers.setThemes(subscriber.id(), (themes == null) ? List.of() : themes);
		}
		if (!this.subscribers.claimConfirmationMail(subscriber.id(), now,
				now.minus(this.properties.getResendInterval()))) {
			return false;
		}
		this.outbox.enqueue(new DeferredMail(address, NewsletterMailWriter.NAME,
				NewsletterMailWriter.confirmPayload(subscriber.id()), null, subscriber.preferredLocale()));
		return true;
	}

	/** What a personal link leads to: the subscriber and their themes (empty: every theme). */
	@Transactional(readOnly = true)
	public Optional<Preferences> preferences(String token) {
		return this.links.find(token)
			.flatMap(link -> this.subscribers.byId(link.subscriberId()))
			.map(s -> new Preferences(s, this.subscribers.themes(s.id())));
	}

	/**
	 * Confirms the sign-up behind the link.
	 */
	@Transactional
	public Confirmation confirm(String token) {
		Optional<NewsletterLinks.Link> link = this.links.find(token);
		if (link.isEmpty()) {
			return Confirmation.UNKNOWN;
		}
		Subscriber subscriber = this.subscribers.byId(link.get().subscriberId()).orElse(null);
		if (subscriber == null) {
			return Confirmation.UNKNOWN;
		}
		if (subscriber.confirmed()) {
			return Confirmation.CONFIRMED;
		}
		Instant now = this.clock.instant();
		if (link.get().createdAt().plus(this.properties.getConfirmationValidity()).isBefore(now)) {
			return Confirmation.EXPIRED;
		}
		this.subscribers.confirm(subscriber.id(), now);
		return Confirmation.CONFIRMED;
	}

	/** Changes the themes of the subscriber behind the link; false when the link leads nowhere. */
	@Transactional
	public boolean changeThemes(String token, Collection<Long> themes) {
		Optional<NewsletterLinks.Link> link = this.links.find(token);
		link.ifPresent(l -> this.subscribers.setThemes(l.subscriberId(), (themes == null) ? List.of() : themes));
		return link.isPresent();
	}

	/** Unsubscribes (deletes) the subscriber behind the link; false when the link leads nowhere (any more). */
	@Transactional
	public boolean unsubscribe(String token) {
		return this.links.find(token).map(l -> this.subscribers.delete(l.subscriberId())).orElse(false);
	}

	/** Erases the address from the newsletter (an erasure on request); the number of subscriptions removed. */
	@Transactional
	public int erase(String email) {
		return this.subscribers.deleteByEmail(normalise(email));
	}

	/** The newsletter data of an address, for the person's data download; empty when not signed up. */
	@Transactional(readOnly = true)
	public Optional<Preferences> ofAddress(String email) {
		return this.subscribers.byEmail(normalise(email)).map(s -> new Preferences(s, this.subscribers.themes(s.id())));
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** The outcome of a confirmation link. */
	public enum Confirmation {
		CONFIRMED, EXPIRED, UNKNOWN
	}

	/** A subscriber with their themes (empty: every theme). */
	public record Preferences(Subscriber subscriber, Set<Long> themes) {
	}

}
