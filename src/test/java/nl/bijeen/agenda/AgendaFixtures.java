package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.events.Audience;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventType;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the agenda: events with organisers, themes, audiences and venues.
 */
class AgendaFixtures {

	final EventSeeds events;

	final PeopleSeeds people;

	Theme empowerment;

	Theme loneliness;

	Audience policyMakers;

	Organisation movisie;

	Organisation trimbos;

	Venue muntgebouw;

	AgendaFixtures(EventSeeds events, PeopleSeeds people) {
		this.events = events;
		this.people = people;
	}

	static void clean(JdbcClient jdbc) {
		for (String table : List.of("seat_counter", "event_registration_settings", "contribution", "session", "programme_part", "event_slug_history",
				"event_organiser", "event_theme", "event_audience", "event", "person", "organisation", "theme",
				"audience", "venue")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	AgendaFixtures taxonomy() {
		this.empowerment = this.events.save(Theme.create("empowerment", "Empowerment", "Over eigen kracht."));
		this.loneliness = this.events.save(Theme.create("eenzaamheid", "Eenzaamheid", null));
		this.policyMakers = this.events.save(Audience.create("beleidsmakers", "Beleidsmakers"));
		this.movisie = this.people.save(Organisation.create("movisie", "Movisie", "https://www.movisie.nl", "Kennisinstituut."));
		this.trimbos = this.people.save(Organisation.create("trimbos", "Trimbos-instituut", null, null));
		this.muntgebouw = this.events.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
		return this;
	}

	Event published(String slug, String title, LocalDateTime start) {
		Event event = Event.draft(slug, title, start, start.plusHours(3));
		event.setSummary("Samenvatting van " + title);
		event.setVenueId(this.muntgebouw.id());
		event.setOrganiserIds(List.of(this.movisie.id()));
		event.setEventType(EventType.CONFERENCE);
		event.publish();
		return this.events.save(event);
	}

	Event save(Event event) {
		return this.events.save(event);
	}

}
