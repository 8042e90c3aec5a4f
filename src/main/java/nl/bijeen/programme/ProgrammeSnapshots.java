package nl.bijeen.programme;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;

import org.springframework.stereotype.Component;

/**
 * Loads an event's whole programme in four queries.
 */
@Component
class ProgrammeSnapshots {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	private final PeopleDirectory people;

	ProgrammeSnapshots(ProgrammeParts parts, Sessions sessions, Contributions contributions,
			PeopleDirectory people) {
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
		this.people = people;
	}

	ProgrammeSnapshot load(long eventId) {
		List<Contribution> contributions = this.contributions.findByEventIdOrderByPositionAscIdAsc(eventId);
		var personIds = contributions.stream().map(Contribution::personId).distinct().toList();
		var people = this.people.people(personIds)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return new ProgrammeSnapshot(eventId, this.parts.findByEventIdOrderByStartsAtAscIdAsc(eventId),
				this.sessions.findByEventIdOrderByPositionAscIdAsc(eventId), contributions, people);
	}

	Optional<Long> eventOfSession(long sessionId) {
		return this.sessions.findById(sessionId).map(Session::eventId);
	}

	Optional<Long> eventOfPart(long partId) {
		return this.parts.findById(partId).map(ProgrammePart::eventId);
	}

}
