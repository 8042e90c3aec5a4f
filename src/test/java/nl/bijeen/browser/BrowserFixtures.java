package nl.bijeen.browser;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.events.EventType;
import nl.bijeen.events.Event;
import nl.bijeen.events.Events;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Themes;
import nl.bijeen.events.Venue;
import nl.bijeen.events.Venues;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.Organisations;
import nl.bijeen.people.People;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeParts;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;
import nl.bijeen.programme.Sessions;
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

	private final Events events;

	private final Themes themes;

	private final Venues venues;

	private final Organisations organisations;

	private final People people;

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final ProgrammeSeeds contributions;

	private final RegistrationQuestions questions;

	private final RegistrationService registrations;

	BrowserFixtures(Events events, Themes themes, Venues venues, Organisations organisations, People people,
			ProgrammeParts parts, Sessions sessions, ProgrammeSeeds contributions, RegistrationQuestions questions,
			RegistrationService registrations) {
		this.events = events;
		this.themes = themes;
		this.venues = venues;
		this.organisations = organisations;
		this.people = people;
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
		this.questions = questions;
		this.registrations = registrations;
	}

	/**
	 * A published conference in three weeks, with workshops of the given capacities (null: unlimited).
	 */
	Conference conference(String title, Integer... workshopCapacities) {
		String key = UUID.randomUUID().toString().substring(0, 8);
		Theme theme = this.themes.save(Theme.create("thema-" + key, "Thema " + key, "Over " + title + "."));
		Organisation organisation = this.organisations
			.save(Organisation.create("organisatie-" + key, "Werkplaats " + key, "https://example.org", null));
		Person chair = this.people.save(Person.create("dagvoorzitter-" + key, "Fatima el Amrani " + key,
				"Dagvoorzitter", organisation.id(), null, "Journalist en gespreksleider."));
		Person leader = this.people.save(Person.create("workshopleider-" + key, "Jan de Boer " + key,
				"Sociaal werker", organisation.id(), null, null));
		Venue venue = this.venues.save(Venue.create("Stadhuis " + key, "Stadsplateau 1", "3521 AZ", "Utrecht"));
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
		ProgrammePart plenary = this.parts.save(ProgrammePart.create(event.getId(), PartKind.DEBATE, "Plenair debat",
				"Het gesprek met de zaal.", start, start.plusHours(2), "Grote zaal"));
		this.contributions.save(Contribution.toPart(plenary, chair.id(), Role.DAY_CHAIR, 0));
		ProgrammePart round = this.parts.save(ProgrammePart.create(event.getId(), PartKind.ROUND, "Workshopronde",
				null, start.plusHours(2).plusMinutes(30), start.plusHours(4), null));
		List<Session> workshops = new ArrayList<>();
		for (int i = 0; i < workshopCapacities.length; i++) {
			Session workshop = this.sessions.save(Session.create(round, i, "Workshop " + (char) ('A' + i),
					"Praktijkvoorbeelden uit de wijk.", "Zaal " + (i + 1), workshopCapacities[i]));
			this.contributions.save(Contribution.toSession(workshop, leader.id(), Role.SESSION_LEADER, 0));
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
