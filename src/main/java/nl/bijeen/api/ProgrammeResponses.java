package nl.bijeen.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.events.Event;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.Organisations;
import nl.bijeen.people.People;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.Contributions;
import nl.bijeen.programme.ProgrammeParts;
import nl.bijeen.programme.Session;
import nl.bijeen.programme.Sessions;
import nl.bijeen.registration.EventAvailability;

import org.springframework.stereotype.Component;

/**
 * Builds an event's programme for the API: parts in time order, the sessions of each round, and who
 * contributes where. Online breakout links are never included.
 */
@Component
class ProgrammeResponses {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	private final People people;

	private final Organisations organisations;

	ProgrammeResponses(ProgrammeParts parts, Sessions sessions, Contributions contributions, People people,
			Organisations organisations) {
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
		this.people = people;
		this.organisations = organisations;
	}

	List<ContributorResponse> eventContributors(Event event) {
		return contributors(event).forEvent();
	}

	List<Session> sessions(Event event) {
		return this.sessions.findByEventIdOrderByPositionAscIdAsc(event.getId());
	}

	/**
	 * The programme of an event, with the places left per session.
	 *
	 * @param eventSessions the sessions of the event ({@link #sessions(Event)})
	 */
	List<ProgrammePartResponse> parts(Event event, List<Session> eventSessions, EventAvailability availability) {
		Contributors contributors = contributors(event);
		var sessionsByPart = eventSessions.stream().collect(Collectors.groupingBy(s -> s.partId()));
		return this.parts.findByEventIdOrderByStartsAtAscIdAsc(event.getId())
			.stream()
			.map(part -> new ProgrammePartResponse(part.id(), part.kind(), part.title(), part.description(),
					Times.at(part.startsAt(), event.getTimeZone()), Times.at(part.endsAt(), event.getTimeZone()),
					part.location(), contributors.forPart(part.id()),
					sessionsByPart.getOrDefault(part.id(), List.of())
						.stream()
						.map(s -> new ProgrammePartResponse.SessionResponse(s.id(), s.title(), s.description(),
								s.room(), s.capacity(), availability.session(s.id()).left(),
								availability.session(s.id()).full(), contributors.forSession(s.id())))
						.toList()))
			.toList();
	}

	private Contributors contributors(Event event) {
		List<Contribution> all = this.contributions.findByEventIdOrderByPositionAscIdAsc(event.getId());
		Map<Long, Person> persons = this.people.findAllById(all.stream().map(Contribution::personId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		Map<Long, String> organisationNames = this.organisations
			.findAllById(persons.values().stream().map(Person::organisationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return new Contributors(all, persons, organisationNames);
	}

	private record Contributors(List<Contribution> all, Map<Long, Person> persons, Map<Long, String> organisations) {

		List<ContributorResponse> forEvent() {
			return select(c -> c.partId() == null && c.sessionId() == null);
		}

		List<ContributorResponse> forPart(Long partId) {
			return select(c -> partId.equals(c.partId()) && c.sessionId() == null);
		}

		List<ContributorResponse> forSession(Long sessionId) {
			return select(c -> sessionId.equals(c.sessionId()));
		}

		private List<ContributorResponse> select(java.util.function.Predicate<Contribution> which) {
			return this.all.stream().filter(which).map(this::response).filter(Objects::nonNull).toList();
		}

		private ContributorResponse response(Contribution contribution) {
			Person person = this.persons.get(contribution.personId());
			if (person == null) {
				return null;
			}
			String organisation = person.organisationId() != null ? this.organisations.get(person.organisationId())
					: person.affiliation();
			return new ContributorResponse(person.id(), person.slug(), person.name(), person.jobTitle(),
					organisation != null ? organisation : person.affiliation(), contribution.role());
		}

	}

}
