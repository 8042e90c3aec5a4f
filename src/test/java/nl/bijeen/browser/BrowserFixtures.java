package nl.bijeen.browser;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventType;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;

import org.springframework.boot.test.context.TestComponent;

/**
 * Test data for the browser tests, stored through the real repositories and services: a published
 * conference with a theme, an organiser, a venue, a plenary part with a day chair and a round of workshops.
 * Every call makes new, uniquely named data, so tests do not depend on each other.
 */
@TestComponent
class BrowserFixtures {

	private final EventSeeds events;

	private final PeopleSeeds people;

	private final ProgrammeSeeds programme;

	private final RegistrationQuestions questions;

	private final RegistrationService registrations;

	BrowserFixtures(EventSeeds events, PeopleSeeds people, ProgrammeSeeds programme, RegistrationQuestions questions,
			RegistrationService registrations) {
		this.events = events;
		this.people = people;
		this.programme = programme;
		this.questions = questions;
		this.registrations = registrations;
	}

	/**
	 * A published conference in three weeks, with workshops of the given capacities (null: unlimited).
	 */
	Conference conference(String title, Integer... workshopCapacities) {
		String key = UUID.randomUUID().toString().substring(0, 8);
		Theme theme = this.events.save(Theme.create("thema-" + key, "Thema " + key, "Over " + title + "."));
		Organisation organisation = this.people
			.save(Organisation.create("organisatie-" + key, "Werkplaats " + key, "https://example.org", null));
		Person chair = this.people.save(Person.create("dagvoorzitter-" + key, "Fatima el Amrani " + key,
				"Dagvoorzitter", organisation.id(), null, "Journalist en gespreksleider."));
		Person leader = this.people.save(Person.create("workshopleider-" + key, "Jan de Boer " + key,
				"Sociaal werker", organisation.id(), null, null));
		Venue venue = this.events.save(Venue.create("Stadhuis " + key, "Stadsplateau 1", "3521 AZ", "Utrecht"));
		LocalDateTime start = LocalDateTime.now().plusDays(21).withHour(9).withMinute(30).withSecond(0).withNano(0);
		Event event = Event.draft("conferentie-" + key, title, start, start.plusHours(7));
		event.setEventType(EventType.CONFERENCE);
		event.setSummary("Een dag over " + title.toLowerCase(Locale.ROOT) + ", met een debat en workshops.");
		event.setVenueId(venue.id());
		event.setCapacity(200);
		event.setThemeIds(List.of(theme.id()));
		event.setOrganiserIds(List.of(organisation.id()));
		event.publish();
		event = this.events.save(event);
		ProgrammePart plenary = this.programme.save(ProgrammePart.create(event.getId(), PartKind.DEBATE, "Plenair debat",
				"Het gesprek met de zaal.", start, start.plusHours(2), "Grote zaal"));
		this.programme.save(Contribution.toPart(plenary, chair.id(), Role.DAY_CHAIR, 0));
		ProgrammePart round = this.programme.save(ProgrammePart.create(event.getId(), PartKind.ROUND, "Workshopronde",
				null, start.plusHours(2).plusMinutes(30), start.plusHours(4), null));
		List<Session> workshops = new ArrayList<>();
		for (int i = 0; i < workshopCapacities.length; i++) {
			Session workshop = this.programme.save(Session.create(round, i, "Workshop " + (char) ('A' + i),
					"Praktijkvoorbeelden uit de wijk.", "Zaal " + (i + 1), workshopCapacities[i]));
			this.programme.save(Contribution.toSession(workshop, leader.id(), Role.SESSION_LEADER, 0));
			workshops.add(workshop);
		}
		return new Conference(event, theme, organisation, chair, round, workshops);
	}

	/** Adds a required open question to the registration form of the event. */
	RegistrationQuestion requiredQuestion(Event event, String text) {
		return this.questions.save(RegistrationQuestion.create(event.getId(), QuestionKind.TEXT, text, true, null, 0));
	}

	/** Registers somebody for a workshop directly through the service, as another visitor would. */
	void register(Conference c, String email, Session workshop) {
		Applicant applicant = new Applicant("Deelnemer " + email, email, null, null, Locale.forLanguageTag("nl"),
				null, false, null, null);
		this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.of(c.round().id(), new SessionPick(workshop.id(), null)), Map.of(), null));
	}

	record Conference(Event event, Theme theme, Organisation organisation, Person chair, ProgrammePart round,
			List<Session> workshops) {

		String slug() {
			return this.event.getSlug();
		}

		Session workshop(int index) {
			return this.workshops.get(index);
		}

	}

}
