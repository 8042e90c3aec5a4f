package nl.bijeen.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.people.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the programme module: what the public pages, the REST API and registration use to
 * show or pick parts, sessions and the people in them. All methods are read-only and never throw for an
 * unknown event (they answer with an empty result); callers decide whether the event may be shown.
 * Changes go through {@link ProgrammeEditor} and {@link ContributionEditor}.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

	private final ProgrammeSnapshots snapshots;

	private final Contributions contributions;

	Programmes(ProgrammeSnapshots snapshots, Contributions contributions) {
		this.snapshots = snapshots;
		this.contributions = contributions;
	}

	/**
	 * The timetable of an event: parts in time order with their contributors and sessions.
	 */
	public Timetable of(long eventId) {
		return this.snapshots.load(eventId).timetable();
	}

	/**
	 * Everyone contributing to an event, grouped by role in the order of {@link Role} (day chair, speakers,
	 * panel members, columnists, moderators, hosts, session leaders, guests); each person appears once per
	 * role. Roles nobody has are left out.
	 */
	public List<ContributorGroup> contributorsOf(long eventId) {
		Timetable timetable = of(eventId);
		List<Contributor> all = new ArrayList<>(timetable.eventContributors());
		for (TimetablePart part : timetable.parts()) {
			all.addAll(part.contributors());
			part.sessions().forEach(s -> all.addAll(s.contributors()));
		}
		Map<Role, Set<Person>> byRole = new EnumMap<>(Role.class);
		for (Contributor contributor : all) {
			byRole.computeIfAbsent(contributor.role(), r -> new LinkedHashSet<>()).add(contributor.person());
		}
		return byRole.entrySet()
			.stream()
			.map(e -> new ContributorGroup(e.getKey(), List.copyOf(e.getValue())))
			.toList();
	}

	/**
	 * All sessions of an event, ordered by the start of their round and then by their position.
	 */
	public List<SessionView> sessionsOfEvent(long eventId) {
		return of(eventId).rounds().stream().flatMap(r -> r.sessions().stream()).toList();
	}

	/**
	 * One session with its round's times, if it exists.
	 */
	public Optional<SessionView> session(long sessionId) {
		return this.snapshots.eventOfSession(sessionId)
			.flatMap(eventId -> sessionsOfEvent(eventId).stream().filter(s -> s.id() == sessionId).findFirst());
	}

	/**
	 * One programme part of the timetable, if it exists.
	 */
	public Optional<TimetablePart> part(long partId) {
		return this.snapshots.eventOfPart(partId)
			.flatMap(eventId -> of(eventId).parts().stream().filter(p -> p.id() == partId).findFirst());
	}

	/**
	 * The roles a person has per event (event id to roles in the order of {@link Role}), for every event they
	 * contribute to, drafts included: callers decide which events may be shown.
	 */
	public Map<Long, List<Role>> rolesOf(long personId) {
		Map<Long, Set<Role>> byEvent = new LinkedHashMap<>();
		for (Contribution contribution : this.contributions.findByPersonId(personId)) {
			byEvent.computeIfAbsent(contribution.eventId(), id -> EnumSet.noneOf(Role.class)).add(contribution.role());
		}
		Map<Long, List<Role>> roles = new LinkedHashMap<>();
		byEvent.forEach((eventId, set) -> roles.put(eventId, List.copyOf(set)));
		return roles;
	}

	static final Comparator<Contribution> IN_ORDER = Comparator.comparingInt(Contribution::position)
		.thenComparing(Contribution::id);

}
