package nl.bijeen.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.bijeen.events.Event;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contributor;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.Timetable;
import nl.bijeen.registration.EventAvailability;

import org.springframework.stereotype.Component;

/**
 * Builds an event's programme for the API from the programme module's read model: parts in time order,
 * the sessions of each round with their places left, and who contributes where. Online breakout links are
 * never included.
 */
@Component
class ProgrammeResponses {

	private final Programmes programmes;

	private final PeopleDirectory directory;

	ProgrammeResponses(Programmes programmes, PeopleDirectory directory) {
		this.programmes = programmes;
		this.directory = directory;
	}

	List<ContributorResponse> eventContributors(Event event) {
		Timetable timetable = this.programmes.of(event.getId());
		return responses(timetable.eventContributors(), organisationNames(timetable));
	}

	/**
	 * The programme of an event, with the places left per session.
	 */
	List<ProgrammePartResponse> parts(Event event, EventAvailability availability) {
		Timetable timetable = this.programmes.of(event.getId());
		Map<Long, String> organisations = organisationNames(timetable);
		return timetable.parts()
			.stream()
			.map(part -> new ProgrammePartResponse(part.id(), part.kind(), part.title(), part.description(),
					Times.at(part.startsAt(), event.getTimeZone()), Times.at(part.endsAt(), event.getTimeZone()),
					part.location(), responses(part.contributors(), organisations),
					part.sessions().stream().map(s -> session(s, availability, organisations)).toList()))
			.toList();
	}

	private static ProgrammePartResponse.SessionResponse session(SessionView s, EventAvailability availability,
			Map<Long, String> organisations) {
		return new ProgrammePartResponse.SessionResponse(s.id(), s.title(), s.description(), s.room(), s.capacity(),
				availability.session(s.id()).left(), availability.session(s.id()).full(),
				responses(s.contributors(), organisations));
	}

	private Map<Long, String> organisationNames(Timetable timetable) {
		List<Long> ids = java.util.stream.Stream
			.concat(java.util.stream.Stream.concat(timetable.eventContributors().stream(),
					timetable.parts().stream().flatMap(p -> p.contributors().stream())),
					timetable.parts().stream().flatMap(p -> p.sessions().stream()).flatMap(s -> s.contributors().stream()))
			.map(c -> c.person().organisationId())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return this.directory.organisations(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
	}

	private static List<ContributorResponse> responses(List<Contributor> contributors,
			Map<Long, String> organisations) {
		return contributors.stream().map(c -> response(c, organisations)).toList();
	}

	private static ContributorResponse response(Contributor contributor, Map<Long, String> organisations) {
		Person person = contributor.person();
		String organisation = person.organisationId() != null ? organisations.get(person.organisationId()) : null;
		return new ContributorResponse(person.id(), person.slug(), person.name(), person.jobTitle(),
				organisation != null ? organisation : person.affiliation(), contributor.role());
	}

}
