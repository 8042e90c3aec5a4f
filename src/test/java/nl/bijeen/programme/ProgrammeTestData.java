package nl.bijeen.programme;

import java.time.LocalDateTime;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;

/**
 * Builds events, people and programmes for the programme tests. The event takes place on
 * 12 October 2027 from 09:00 to 17:00 with 100 places.
 */
final class ProgrammeTestData {

	static final int YEAR = 2027;

	private ProgrammeTestData() {
	}

	static LocalDateTime at(int hour, int minute) {
		return LocalDateTime.of(YEAR, 10, 12, hour, minute);
	}

	static Event event(EventSeeds events, String slug) {
		Event event = Event.draft(slug, "Empowerment", at(9, 0), at(17, 0));
		event.setCapacity(100);
		return events.save(event);
	}

	static Person person(PeopleSeeds people, String slug, String name) {
		return people.save(Person.create(slug, name, null, null, null, null));
	}

	static PartDetails part(PartKind kind, String title, int fromHour, int fromMinute, int toHour, int toMinute) {
		return new PartDetails(kind, title, null, at(fromHour, fromMinute), at(toHour, toMinute), null);
	}

	static SessionDetails session(String title, String room, Integer capacity) {
		return new SessionDetails(title, null, room, null, capacity);
	}

}
