package nl.bijeen.insights;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;

/**
 * Published events at a given distance from now (wall-clock time in Amsterdam), with two workshops.
 */
public class InsightFixtures {

	public record Meeting(Event event, List<Session> sessions) {

		public String slug() {
			return this.event.getSlug();
		}

		public long session(int index) {
			return this.sessions.get(index).id();
		}

	}

	private final EventSeeds events;

	private final ProgrammeSeeds programme;

	public InsightFixtures(EventSeeds events, ProgrammeSeeds programme) {
		this.events = events;
		this.programme = programme;
	}

	/** An event that started an hour ago and ends in two hours. */
	public Meeting running() {
		return startingIn(Duration.ofHours(-1));
	}

	/** An event that ended two days ago. */
	public Meeting past() {
		return startingIn(Duration.ofDays(-2));
	}

	/** An event that starts in a month. */
	Meeting upcoming() {
		return startingIn(Duration.ofDays(30));
	}

	Meeting startingIn(Duration fromNow) {
		LocalDateTime start = LocalDateTime.now(Zones.AMSTERDAM).plus(fromNow).withNano(0);
		String slug = "inzichten-" + UUID.randomUUID().toString().substring(0, 8);
		Event event = Event.draft(slug, "Inzichten uit de wijk", start, start.plusHours(3));
		event.publish();
		event = this.events.save(event);
		ProgrammePart round = this.programme.save(ProgrammePart.create(event.getId(), PartKind.ROUND, "Workshopronde",
				null, start.plusHours(1), start.plusHours(2), null));
		Session a = this.programme.save(Session.create(round, 0, "Workshop Buurtkracht", null, "Zaal 1", null));
		Session b = this.programme.save(Session.create(round, 1, "Workshop Samen beslissen", null, "Zaal 2", null));
		return new Meeting(event, List.of(a, b));
	}

}
