package nl.bijeen.privacy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.registration.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Service;

/**
 * Pseudonymises the registrations of events that ended longer ago than their retention period: the lead
 * organisation's own period, else {@link PrivacyProperties#getRetention()}. Each registration is claimed by a
 * conditional update (see {@link PersonalData#pseudonymiseEvent(long)}), so several instances may run this at
 * the same time and each registration is done once. It also deletes the record of handled internal events
 * older than {@link PrivacyProperties#getEventLogRetention()}, since those may name an address.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final PersonalData personalData;

	private final EventCatalog events;

	private final OrganisationFaces faces;

	private final PrivacyProperties properties;

	private final CompletedEventPublications publications;

	Retention(PersonalData personalData, EventCatalog events, OrganisationFaces faces, PrivacyProperties properties,
			CompletedEventPublications publications) {
		this.personalData = personalData;
		this.events = events;
		this.faces = faces;
		this.properties = properties;
		this.publications = publications;
	}

	/**
	 * Pseudonymises what is due at the given moment.
	 * @return how many registrations this call pseudonymised
	 */
	public int run(LocalDateTime now) {
		Map<Long, Integer> own = this.faces.retentionMonths();
		List<Event> candidates = this.events.events(this.personalData.eventsWithPersonalData());
		int done = 0;
		for (Event event : candidates) {
			int months = event.leadOrganiserId().map(own::get).orElse(this.properties.retentionMonths());
			if (event.getEndsAt().plusMonths(months).isBefore(now)) {
				int pseudonymised = this.personalData.pseudonymiseEvent(event.getId());
				if (pseudonymised > 0) {
					log.info("Event {}: pseudonymised {} registration(s), {} month(s) after the event", event.getId(),
							pseudonymised, months);
				}
				done += pseudonymised;
			}
		}
		this.publications.deletePublicationsOlderThan(this.properties.getEventLogRetention());
		return done;
	}

	/**
	 * The retention period in months of the events an organisation leads.
	 */
	public int monthsFor(Long organisationId) {
		Integer own = (organisationId != null) ? this.faces.retentionMonths().get(organisationId) : null;
		return (own != null) ? own : this.properties.retentionMonths();
	}

}
