package nl.bijeen.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;

import org.springframework.stereotype.Component;

/**
 * Reads an event's programme, sessions and contributors into the public view.
 */
@Component
class ProgrammeReader {

	private final ProgrammeRows programme;

	private final PeopleDirectory directory;

	ProgrammeReader(ProgrammeRows programme, PeopleDirectory directory) {
		this.programme = programme;
		this.directory = directory;
	}

	Programme read(long eventId) {
		List<Contribution> all = this.programme.contributionsOf(eventId);
		Map<Long, PersonRef> persons = persons(all.stream().map(Contribution::personId).distinct().toList());
		Map<Long, List<Session>> sessionsByPart = this.programme.sessionsOf(eventId)
			.stream()
			.collect(Collectors.groupingBy(Session::partId));
		List<ProgrammeItem> items = this.programme.partsOf(eventId)
			.stream()
			.map(part -> new ProgrammeItem(part.kind(), part.title(), part.description(), part.startsAt(),
					part.endsAt(), part.location(),
					contributors(all, c -> Objects.equals(c.partId(), part.id()) && c.sessionId() == null, persons),
					sessionsByPart.getOrDefault(part.id(), List.of())
						.stream()
						.map(session -> new SessionItem(session.id(), session.title(), session.description(), session.room(),
								session.capacity(),
								contributors(all, c -> Objects.equals(c.sessionId(), session.id()), persons)))
						.toList()))
			.toList();
		return new Programme(items, roles(all, persons));
	}

	private static List<Contributor> contributors(List<Contribution> all,
			java.util.function.Predicate<Contribution> which, Map<Long, PersonRef> persons) {
		return all.stream()
			.filter(which)
			.filter(c -> persons.containsKey(c.personId()))
			.map(c -> new Contributor(c.role(), persons.get(c.personId())))
			.toList();
	}

	private static List<RoleGroup> roles(List<Contribution> all, Map<Long, PersonRef> persons) {
		Map<Role, LinkedHashSet<PersonRef>> byRole = new java.util.EnumMap<>(Role.class);
		all.stream()
			.filter(c -> persons.containsKey(c.personId()))
			.forEach(c -> byRole.computeIfAbsent(c.role(), r -> new LinkedHashSet<>()).add(persons.get(c.personId())));
		List<RoleGroup> groups = new ArrayList<>();
		byRole.forEach((role, people) -> groups.add(new RoleGroup(role, List.copyOf(people))));
		return groups;
	}

	private Map<Long, PersonRef> persons(List<Long> ids) {
		List<Person> found = this.directory.people(ids);
		Map<Long, String> organisationNames = this.directory
			.organisations(found.stream().map(Person::organisationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return found.stream()
			.sorted(Comparator.comparing(Person::name))
			.collect(Collectors.toMap(Person::id,
					p -> new PersonRef(p.id(), p.slug(), p.name(), describe(p, organisationNames)), (a, b) -> a));
	}

	static String describe(Person person, Map<Long, String> organisationNames) {
		String organisation = person.organisationId() != null ? organisationNames.get(person.organisationId())
				: person.affiliation();
		return java.util.stream.Stream.of(person.jobTitle(), organisation)
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining(", "));
	}

}
