package nl.bijeen.newsletter;

import java.util.Locale;
import java.util.Map;

import nl.bijeen.pages.PageFacts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The newsletter's fact for the privacy statement: {@code {{newsletterUnconfirmedRetention}}}, how long a sign-up
 * that is never confirmed is kept.
 */
@Component
class NewsletterFacts implements PageFacts {

	private final NewsletterProperties properties;

	private final MessageSource messages;

	NewsletterFacts(NewsletterProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	@Override
	public Map<String, String> facts(Locale locale) {
		return Map.of("newsletterUnconfirmedRetention", this.messages.getMessage("newsletter.fact.days",
				new Object[] { this.properties.getUnconfirmedRetention().toDays() }, locale));
	}

}
