package nl.bijeen.newsletter;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone who signed up for the newsletter; receives editions only once {@link #confirmed()}.
 *
 * @param email the address, lower case
 * @param name the name given, or {@code null}
 * @param locale the language of the mails, or {@code null} (Dutch)
 */
public record Subscriber(long id, String email, String name, String locale, Instant createdAt, Instant confirmedAt) {

	public boolean confirmed() {
		return this.confirmedAt != null;
	}

	public Locale preferredLocale() {
		return (this.locale != null) ? Locale.forLanguageTag(this.locale) : Locale.forLanguageTag("nl");
	}

}
