package nl.bijeen.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.bijeen.people.Organisation;
import nl.bijeen.people.Organisations;
import nl.bijeen.people.Person;

import org.springframework.stereotype.Component;

/**
 * Builds the API's person responses, with a reference to the organisation a person works for.
 */
@Component
class PersonResponses {

	private final Organisations organisations;

	PersonResponses(Organisations organisations) {
		this.organisations = organisations;
	}

	List<PersonResponse> list(List<Person> people) {
		Map<Long, Ref> refs = this.organisations
			.findAllById(people.stream().map(Person::organisationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, o -> new Ref(o.id(), o.slug(), o.name())));
		return people.stream()
			.map(p -> new PersonResponse(p.id(), p.slug(), p.name(), p.jobTitle(),
					p.organisationId() != null ? refs.get(p.organisationId()) : null, p.affiliation()))
			.toList();
	}

	PersonResponse.Detail detail(Person person, List<PersonResponse.PersonEvent> events) {
		PersonResponse summary = list(List.of(person)).get(0);
		return new PersonResponse.Detail(person.id(), person.slug(), person.name(), person.jobTitle(),
				summary.organisation(), person.affiliation(), person.bio(), person.photoUrl(), events);
	}

}
