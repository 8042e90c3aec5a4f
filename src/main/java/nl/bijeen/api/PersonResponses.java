package nl.bijeen.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSearch;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.Role;

import org.springframework.stereotype.Component;

/**
 * Builds the API's person and organisation responses, for the read and the write side alike: a person with
 * a reference to the organisation they work for and the published events they contribute to; an
 * organisation with its people and the published events it (co-)organises.
 */
@Component
class PersonResponses {

	private final PeopleDirectory directory;

	private final Programmes programmes;

	private final ApiPublicEvents events;

	private final EventSearch search;

	private final EventResponses eventResponses;

	PersonResponses(PeopleDirectory directory, Programmes programmes, ApiPublicEvents events, EventSearch search,
			EventResponses eventResponses) {
		this.directory = directory;
		this.programmes = programmes;
		this.events = events;
		this.search = search;
		this.eventResponses = eventResponses;
	}

	List<PersonResponse> list(List<Person> people) {
		Map<Long, Ref> refs = this.directory
			.organisations(people.stream().map(Person::organisationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, o -> new Ref(o.id(), o.slug(), o.name())));
		return people.stream()
			.map(p -> new PersonResponse(p.id(), p.slug(), p.name(), p.jobTitle(),
					p.organisationId() != null ? refs.get(p.organisationId()) : null, p.affiliation()))
			.toList();
	}

	PersonResponse.Detail detail(Person person) {
		Map<Long, List<Role>> rolesByEvent = this.programmes.rolesOf(person.id());
		List<PersonResponse.PersonEvent> personEvents = this.events.latestFirst(List.copyOf(rolesByEvent.keySet()))
			.stream()
			.map(e -> personEvent(e, rolesByEvent.get(e.getId())))
			.toList();
		PersonResponse summary = list(List.of(person)).get(0);
		return new PersonResponse.Detail(person.id(), person.slug(), person.name(), person.jobTitle(),
				summary.organisation(), person.affiliation(), person.bio(), person.photoUrl(), personEvents,
				person.version());
	}

	OrganisationResponse.Detail detail(Organisation o) {
		return new OrganisationResponse.Detail(o.id(), o.slug(), o.name(), o.website(), o.logoUrl(), o.description(),
				list(this.directory.peopleOf(o.id())),
				this.eventResponses.summaries(this.events.latestFirst(this.search.organisedBy(o.id()))), o.version());
	}

	private static PersonResponse.PersonEvent personEvent(Event event, List<Role> roles) {
		return new PersonResponse.PersonEvent(event.getId(), event.getSlug(), event.getTitle(),
				Times.at(event.getStartsAt(), event.getTimeZone()), Times.at(event.getEndsAt(), event.getTimeZone()),
				roles);
	}

}
