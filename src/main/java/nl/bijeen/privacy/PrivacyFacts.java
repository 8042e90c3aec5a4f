package nl.bijeen.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bijeen.mail.OutboxProperties;
import nl.bijeen.pages.PageFacts;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The periods the privacy statement and the processing register name, taken from the actual settings:
 * {@code {{retention}}} (registrations, the default), {@code {{retentionByOrganisation}}} (the organisations
 * that chose their own period), {@code {{mailRetention}}} (sent mails), {@code {{failedMailRetention}}}
 * (given-up mails), {@code {{eventLogRetention}}} and {@code {{insightAddressRetention}}} (the hash of the address of
 * someone who sent an insight from the room).
 */
@Component
public class PrivacyFacts implements PageFacts {

	private final PrivacyProperties privacy;

	private final OutboxProperties mail;

	private final OrganisationFaces faces;

	private final PeopleDirectory people;

	private final MessageSource messages;

	private final nl.bijeen.insights.InsightsProperties insights;

	PrivacyFacts(PrivacyProperties privacy, OutboxProperties mail, OrganisationFaces faces, PeopleDirectory people,
			MessageSource messages, nl.bijeen.insights.InsightsProperties insights) {
		this.insights = insights;
		this.privacy = privacy;
		this.mail = mail;
		this.faces = faces;
		this.people = people;
		this.messages = messages;
	}

	@Override
	public Map<String, String> facts(Locale locale) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("retention", months(this.privacy.retentionMonths(), locale));
		facts.put("retentionByOrganisation", byOrganisation(locale));
		facts.put("mailRetention", days(this.mail.getRetention().toDays(), locale));
		facts.put("failedMailRetention", days(this.mail.getFailedRetention().toDays(), locale));
		facts.put("eventLogRetention", days(this.privacy.getEventLogRetention().toDays(), locale));
		// The rate period, plus the interval of the job that clears the address hashes after it.
		facts.put("insightAddressRetention", this.messages.getMessage("privacy.fact.minutes",
				new Object[] { this.insights.getRatePeriod().toMinutes() + 5 }, locale));
		return facts;
	}

	String months(int months, Locale locale) {
		return this.messages.getMessage("privacy.fact.months", new Object[] { months }, locale);
	}

	String days(long days, Locale locale) {
		return this.messages.getMessage("privacy.fact.days", new Object[] { days }, locale);
	}

	private String byOrganisation(Locale locale) {
		Map<Long, Integer> own = this.faces.retentionMonths();
		if (own.isEmpty()) {
			return "";
		}
		String list = this.people.organisations(own.keySet())
			.stream()
			.sorted(java.util.Comparator.comparing(Organisation::name))
			.map(o -> this.messages.getMessage("privacy.fact.organisationPeriod",
					new Object[] { o.name(), months(own.get(o.id()), locale) }, locale))
			.collect(Collectors.joining("; "));
		return this.messages.getMessage("privacy.fact.byOrganisation", new Object[] { list }, locale);
	}

}
