package nl.bijeen.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.common.Zones;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Audience;
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

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the API: two upcoming published events, one past one and an upcoming draft.
 */
class ApiFixture {

	static final String SECRET_HOST = "meet.example.org";

	final EventSeeds events;

	final PeopleSeeds people;

	final ProgrammeSeeds programme;

	final JdbcClient jdbc;

	Event conference;

	Event online;

	Event debate;

	Event draft;

	Person chair;

	Person leader;

	ApiFixture(EventSeeds events, PeopleSeeds people, ProgrammeSeeds programme, JdbcClient jdbc) {
		this.events = events;
		this.people = people;
		this.programme = programme;
		this.jdbc = jdbc;
	}

	void reset() {
		for (String table : List.of("contribution", "session", "programme_part", "event_slug_history", "event",
				"person", "organisation", "theme", "audience", "venue")) {
			this.jdbc.sql("delete from " + table).update();
		}
		Organisation movisie = this.people.save(Organisation.create("movisie", "Movisie", "https://www.movisie.nl", null));
		Organisation trimbos = this.people.save(Organisation.create("trimbos-instituut", "Trimbos-instituut", null, null));
		Theme empowerment = this.events.save(Theme.create("empowerment", "Empowerment", null));
		Theme loneliness = this.events.save(Theme.create("eenzaamheid", "Eenzaamheid", null));
		Audience policy = this.events.save(Audience.create("beleidsmakers", "Beleidsmakers"));
		Venue munt = this.events.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
		this.chair = this.people.save(Person.create("tanja-bubic", "Tanja Bubic", "Dagvoorzitter", null, "Zelfstandig", null));
		this.leader = this.people.save(Person.create("doortje-kal", "Doortje Kal", "Onderzoeker", movisie.id(), null, null));

		LocalDate today = LocalDate.now(Zones.AMSTERDAM);
		this.conference = event("empowerment-congres", "Empowerment: naar een sterke sociale basis", today.plusDays(30), e -> {
			e.setOrganiserIds(List.of(movisie.id(), trimbos.id()));
			e.setThemeIds(List.of(empowerment.id()));
			e.setAudienceIds(List.of(policy.id()));
			e.setVenueId(munt.id());
			e.setOnlineUrl("https://" + SECRET_HOST + "/conference");
			e.setCapacity(200);
			e.setPriceCents(9500);
			e.setRegistrationOpensAt(LocalDateTime.now(Zones.AMSTERDAM).minusDays(1));
			e.setRegistrationClosesAt(today.plusDays(29).atTime(23, 59));
		}, true);
		this.online = event("dicht-de-kloof", "Dicht de kloof, werken aan vertrouwen", today.plusDays(10), e -> {
			e.setEventType(EventType.ONLINE_MEETING);
			e.setAttendanceMode(AttendanceMode.ONLINE);
			e.setOrganiserIds(List.of(trimbos.id()));
			e.setThemeIds(List.of(loneliness.id()));
			e.setOnlineUrl("https://" + SECRET_HOST + "/online");
			e.setSummary("Over leefbaarheid en vertrouwen in de wijk");
		}, true);
		this.debate = event("sociale-idealen", "De sociale idealen van gemeenten", LocalDate.of(2018, 11, 22), e -> {
			e.setEventType(EventType.DEBATE);
			e.setOrganiserIds(List.of(movisie.id()));
		}, true);
		this.draft = event("geheim-concept", "Nog geheim", today.plusDays(20), e -> e.setOrganiserIds(List.of(movisie.id())), false);

		this.programme.save(Contribution.toEvent(this.conference.getId(), this.chair.id(), Role.DAY_CHAIR, 0));
		this.programme.save(Contribution.toEvent(this.draft.getId(), this.chair.id(), Role.SPEAKER, 0));
		LocalDateTime day = this.conference.getStartsAt();
		this.programme.save(ProgrammePart.create(this.conference.getId(), PartKind.OPENING, "Opening", null, day, day.plusMinutes(30), "Grote zaal"));
		ProgrammePart round = this.programme.save(ProgrammePart.create(this.conference.getId(), PartKind.ROUND, "Workshops", null,
				day.plusHours(3), day.plusHours(4).plusMinutes(30), null));
		Session kwartier = this.programme.save(Session.create(round, 0, "Kwartiermaken", null, "Zaal 1", 25));
		this.programme.save(new Session(null, round.id(), round.eventId(), 1, "Online sessie", null, null,
				"https://" + SECRET_HOST + "/breakout", 30, null));
		this.programme.save(Contribution.toSession(kwartier, this.leader.id(), Role.SESSION_LEADER, 0));
	}

	private Event event(String slug, String title, LocalDate date, java.util.function.Consumer<Event> setup,
			boolean publish) {
		Event event = Event.draft(slug, title, date.atTime(9, 30), date.atTime(16, 30));
		setup.accept(event);
		if (publish) {
			event.publish();
		}
		return this.events.save(event);
	}

}
