package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the content module, written through the seeding services: a theme, an organisation, a
 * person, an upcoming and a past event, and articles.
 */
class ContentFixtures {

	static final LocalDateTime NOW = LocalDateTime.now(Zones.AMSTERDAM).withNano(0);

	final EventSeeds events;

	final PeopleSeeds people;

	final ContentSeeds content;

	Theme empowerment;

	Theme loneliness;

	Organisation movisie;

	Person peter;

	Event upcoming;

	Event past;

	ContentFixtures(EventSeeds events, PeopleSeeds people, ContentSeeds content) {
		this.events = events;
		this.people = people;
		this.content = content;
	}

	static void clean(JdbcClient jdbc) {
		for (String table : List.of("dossier_item", "dossier", "article_related", "article_event", "article_session",
				"article_person", "article_theme", "article_organisation", "article", "seat_counter",
				"event_registration_settings", "contribution", "session", "programme_part", "event_slug_history",
				"event_organiser", "event_theme", "event_audience", "event", "person", "organisation", "theme",
				"audience", "venue")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	ContentFixtures basics() {
		this.empowerment = this.events.theme("empowerment", "Empowerment");
		this.loneliness = this.events.theme("eenzaamheid", "Eenzaamheid");
		this.movisie = this.people.organisation("movisie",
				() -> Organisation.create("movisie", "Movisie", "https://www.movisie.nl", null));
		this.peter = this.people.person("peter-rensen",
				() -> Person.create("peter-rensen", "Peter Rensen", "Adviseur", this.movisie.id(), null, null));
		this.upcoming = event("empowerment-conferentie", "Empowerment conferentie", NOW.plusDays(30));
		this.past = event("jubileumdebat", "Jubileumdebat", NOW.minusDays(30));
		return this;
	}

	Event event(String slug, String title, LocalDateTime start) {
		Event event = Event.draft(slug, title, start, start.plusHours(3));
		event.setSummary("Over " + title);
		event.setThemeIds(List.of(this.empowerment.id()));
		event.setOrganiserIds(List.of(this.movisie.id()));
		event.publish();
		return this.events.save(event);
	}

	long article(String slug, ArticleKind kind, String title, LocalDateTime publishAt, Event event) {
		return this.content.article(new ContentSeeds.ArticleSeed(slug, kind, title, "Intro van " + title,
				"## Kopje\n\nTekst met een [link](https://example.org/x).\n\n> Een citaat\n\n<script>alert(1)</script>",
				"Anna de Vries", publishAt, event == null ? List.of() : List.of(event.getId()),
				List.of(this.empowerment.id()), List.of(this.movisie.id()),
				Map.of(this.peter.id(), ArticleRole.INTERVIEWED)));
	}

}
