package nl.bijeen.programme;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.bijeen.people.Person;

/**
 * Everything stored about one event's programme, loaded at once, and its conversion to a
 * {@link Timetable}.
 */
record ProgrammeSnapshot(long eventId, List<ProgrammePart> parts, List<Session> sessions,
		List<Contribution> contributions, Map<Long, Person> people) {

	Timetable timetable() {
		List<Contributor> eventWide = contributorsWhere(c -> c.partId() == null && c.sessionId() == null);
		return new Timetable(this.eventId, eventWide, this.parts.stream().map(this::part).toList());
	}

	private TimetablePart part(ProgrammePart part) {
		List<SessionView> views = this.sessions.stream()
			.filter(s -> s.partId().equals(part.id()))
			.map(s -> session(part, s))
			.toList();
		return new TimetablePart(part.id(), part.kind(), part.startsAt(), part.endsAt(), part.title(),
				part.description(), part.location(),
				contributorsWhere(c -> part.id().equals(c.partId()) && c.sessionId() == null), views);
	}

	private SessionView session(ProgrammePart round, Session session) {
		return new SessionView(session.id(), round.id(), this.eventId, round.title(), round.startsAt(),
				round.endsAt(), session.title(), session.description(), session.room(), session.onlineBreakout(),
				session.capacity(), contributorsWhere(c -> session.id().equals(c.sessionId())));
	}

	private List<Contributor> contributorsWhere(java.util.function.Predicate<Contribution> filter) {
		return this.contributions.stream()
			.filter(filter)
			.sorted(Programmes.IN_ORDER)
			.map(c -> new Contributor(c.id(), this.people.get(c.personId()), c.role()))
			.filter(c -> Objects.nonNull(c.person()))
			.toList();
	}

}
