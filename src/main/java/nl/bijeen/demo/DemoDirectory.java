package nl.bijeen.demo;

import java.util.HashMap;
import java.util.Map;

import nl.bijeen.common.Slugs;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;

import org.springframework.stereotype.Component;

/**
 * The organisations, people, themes, audiences and venues of the demo, taken from the seed pages. Existing
 * ones (same slug) are reused.
 */
@Component
class DemoDirectory {

	private final PeopleSeeds people;

	private final EventSeeds events;

	DemoDirectory(PeopleSeeds people, EventSeeds events) {
		this.people = people;
		this.events = events;
	}

	/** Ids by slug (organisations, people, themes, audiences) or by name (venues). */
	record Directory(Map<String, Long> organisations, Map<String, Long> people, Map<String, Long> themes,
			Map<String, Long> audiences, Map<String, Long> venues) {

		long organisation(String slug) {
			return required(this.organisations, slug);
		}

		long person(String name) {
			return required(this.people, Slugs.of(name));
		}

		long theme(String slug) {
			return required(this.themes, slug);
		}

		long audience(String slug) {
			return required(this.audiences, slug);
		}

		long venue(String name) {
			return required(this.venues, name);
		}

		private static long required(Map<String, Long> ids, String key) {
			Long id = ids.get(key);
			if (id == null) {
				throw new IllegalStateException("Demo content refers to unknown " + key);
			}
			return id;
		}

	}

	Directory create() {
		Directory directory = new Directory(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
				new HashMap<>());
		DemoFacts.ORGANISATIONS.forEach(o -> directory.organisations().put(o.slug(), organisation(o)));
		DemoFacts.PEOPLE.forEach(p -> directory.people().put(Slugs.of(p.name()), person(p, directory)));
		DemoFacts.THEMES.forEach((slug, name) -> directory.themes()
			.put(slug, this.events.theme(slug, name).id()));
		DemoFacts.AUDIENCES.forEach((slug, name) -> directory.audiences()
			.put(slug, this.events.audience(slug, name).id()));
		directory.venues().put("Muntgebouw",
				venue(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht")));
		directory.venues().put("Geertekerk",
				venue(Venue.create("Geertekerk", "Geertekerkhof 23", "3511 XC", "Utrecht")));
		return directory;
	}

	private long organisation(DemoFacts.Org org) {
		return this.people
			.organisation(org.slug(),
					() -> Organisation.create(org.slug(), org.name(), org.website(), org.description()))
			.id();
	}

	private long person(DemoFacts.Someone someone, Directory directory) {
		String slug = Slugs.of(someone.name());
		Long organisationId = someone.organisation() != null ? directory.organisation(someone.organisation()) : null;
		return this.people
			.person(slug, () -> Person.create(slug, someone.name(), someone.jobTitle(), organisationId,
					someone.affiliation(), null))
			.id();
	}

	private long venue(Venue venue) {
		return this.events.venue(venue).id();
	}

}
