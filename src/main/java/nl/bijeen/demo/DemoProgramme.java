package nl.bijeen.demo;

import java.time.LocalDate;
import java.time.LocalTime;

import nl.bijeen.events.Event;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;

/**
 * Writes the programme of one demo event: parts at wall-clock times on the event's day, sessions in
 * rounds, and who contributes in which role.
 */
final class DemoProgramme {

	private final Event event;

	private final LocalDate day;

	private final DemoDirectory.Directory directory;

	private final ProgrammeSeeds programme;

	DemoProgramme(Event event, DemoDirectory.Directory directory, ProgrammeSeeds programme) {
		this.event = event;
		this.day = event.getStartsAt().toLocalDate();
		this.directory = directory;
		this.programme = programme;
	}

	DemoProgramme chair(String name) {
		this.programme.save(Contribution.toEvent(this.event.getId(), this.directory.person(name), Role.DAY_CHAIR, 0));
		return this;
	}

	ProgrammePart part(PartKind kind, String from, String to, String title, String description, Role role,
			String... people) {
		ProgrammePart part = this.programme.save(ProgrammePart.create(this.event.getId(), kind, title, description,
				this.day.atTime(LocalTime.parse(from)), this.day.atTime(LocalTime.parse(to)), null));
		for (int i = 0; i < people.length; i++) {
			this.programme.save(Contribution.toPart(part, this.directory.person(people[i]), role, i));
		}
		return part;
	}

	void contribute(ProgrammePart part, Role role, int position, String person) {
		this.programme.save(Contribution.toPart(part, this.directory.person(person), role, position));
	}

	Session session(ProgrammePart round, int position, String title, String description, String room,
			String onlineBreakout, Integer capacity, String... leaders) {
		Session session = this.programme.save(new Session(null, round.id(), round.eventId(), position, title,
				description, room, onlineBreakout, capacity, null));
		for (int i = 0; i < leaders.length; i++) {
			this.programme.save(Contribution.toSession(session, this.directory.person(leaders[i]),
					Role.SESSION_LEADER, i));
		}
		return session;
	}

}
