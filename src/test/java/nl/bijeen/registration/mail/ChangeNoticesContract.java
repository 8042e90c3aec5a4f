package nl.bijeen.registration.mail;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Postponement;
import nl.bijeen.events.Venue;
import nl.bijeen.programme.PartDetails;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammeEditor;
import nl.bijeen.programme.SessionDetails;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participants are told about every change to their event and its programme: who is mailed (with a place
 * or waiting, never cancelled), in which language, what the mail says, and the calendar file attached (same
 * UID, higher SEQUENCE, or METHOD:CANCEL); through the outbox and a real SMTP server, on H2 and PostgreSQL.
 */
abstract class ChangeNoticesContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventEditor eventEditor;

	@Autowired
	ProgrammeEditor programmeEditor;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incompletePublications;

	/**
	 * One event with one place: a participant with the place (Dutch), one waiting (English), one who
	 * cancelled.
	 */
	record Audience(Conference conference, String confirmed, String waiting, String cancelled, int sequence) {
	}

	Audience audience(String prefix) throws Exception {
		Conference c = this.fixtures.conference(1);
		String confirmed = prefix + ".plaats@example.org";
		String waiting = prefix + ".wacht@example.org";
		String cancelled = prefix + ".afgemeld@example.org";
		RegistrationResult first = this.registrations.register(request(c, confirmed, Locale.forLanguageTag("nl"), null));
		assertThat(first.status().name()).isEqualTo("CONFIRMED");
		RegistrationResult second = this.registrations.register(request(c, waiting, Locale.ENGLISH, null));
		assertThat(second.status().name()).isEqualTo("WAITLISTED");
		RegistrationResult third = this.registrations.register(request(c, cancelled, Locale.forLanguageTag("nl"), null));
		this.mvc.perform(post("/aanmelding/" + third.token() + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		return new Audience(c, confirmed, waiting, cancelled, sequence(c));
	}

	@Test
	void aPostponementIsMailedToEveryoneWithAPlaceOrWaitingInTheirLanguageWithTheNewCalendar() throws Exception {
		Audience a = audience("uitstel");
		Event event = a.conference().event();
		LocalDateTime newStart = event.getStartsAt().plusDays(14).withHour(13).withMinute(0);
		this.eventEditor.postpone(event.getId(), new Postponement(newStart, null), "Onze excuses voor het ongemak.");

		MimeMessage nl = inbox.receive(a.confirmed(), "Uitgesteld: Conferentie Samen sterker");
		String text = SmtpInbox.body(nl, "text/plain");
		assertThat(text).contains("is uitgesteld", "Wanneer: was ", ", nu ", "13:00", "Onze excuses voor het ongemak.");
		VEvent calendar = vevent(calendar(nl, "aanmelding.ics"));
		assertThat(value(calendar, Property.UID)).isEqualTo(event.getUid());
		assertThat(Integer.parseInt(value(calendar, Property.SEQUENCE))).isGreaterThan(a.sequence());
		assertThat(value(calendar, Property.DTSTART)).contains("T130000");

		MimeMessage en = inbox.receive(a.waiting(), "Postponed: Conferentie Samen sterker");
		assertThat(SmtpInbox.body(en, "text/plain")).contains("has been postponed", "When: was ", "Onze excuses");
		assertThat(noticesTo(a.cancelled())).isZero();
	}

	@Test
	void aPostponementWithoutANewDateSaysTheDateIsNotYetKnownAlsoOnThePersonalPage() throws Exception {
		Audience a = audience("onbekend");
		Event event = a.conference().event();
		RegistrationResult extra = this.registrations
			.register(request(a.conference(), "onbekend.pagina@example.org", Locale.forLanguageTag("nl"), null));
		this.eventEditor.postpone(event.getId(), Postponement.dateNotYetKnown(), null);
		String text = SmtpInbox.body(inbox.receive(a.confirmed(), "Uitgesteld"), "text/plain");
		assertThat(text).contains("nu nog niet bekend").doesNotContain("Bericht van de organisatie");
		this.mvc.perform(get("/aanmelding/" + extra.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De nieuwe datum is nog niet bekend")));
	}

	@Test
	void aNewVenueAndWayOfAttendingAreMailedOldAndNew() throws Exception {
		Audience a = audience("locatie");
		Event event = this.eventCatalog.event(a.conference().event().getId()).orElseThrow();
		Venue venue = this.eventSeeds.save(Venue.create("Geertekerk", "Kerkplein 17", "3512 GH", "Utrecht"));
		EventDetails details = EventDetails.of(event);
		this.eventEditor.update(event.getId(), null,
				new EventDetails(details.title(), details.subtitle(), details.slug(), details.summary(),
						details.descriptionHtml(), details.eventType(), AttendanceMode.HYBRID, details.startsAt(),
						details.endsAt(), venue.id(), details.onlineUrl(), details.priceCents(), details.capacity(),
						details.capacityOnline(), details.registrationOpensAt(), details.registrationClosesAt(),
						details.imageUrl(), details.imageAlt(), details.organiserIds(), details.themeIds(),
						details.audienceIds()));
		MimeMessage nl = inbox.receive(a.confirmed(), "Gewijzigd: Conferentie Samen sterker");
		assertThat(SmtpInbox.body(nl, "text/plain")).contains("Locatie: was geen, nu Geertekerk, Kerkplein 17, 3512 GH Utrecht",
				"Deelname: was Op locatie, nu Op locatie en online (hybride)")
			.doesNotContain("Wanneer: was");
		VEvent calendar = vevent(calendar(nl, "aanmelding.ics"));
		assertThat(value(calendar, Property.UID)).isEqualTo(event.getUid());
		assertThat(Integer.parseInt(value(calendar, Property.SEQUENCE))).isGreaterThan(a.sequence());
		assertThat(value(calendar, Property.LOCATION)).contains("Geertekerk");
		assertThat(SmtpInbox.body(inbox.receive(a.waiting(), "Changed:"), "text/plain")).contains("Venue: was none, now Geertekerk");
		assertThat(noticesTo(a.cancelled())).isZero();
	}

	@Test
	void newTimesAreMailedAndAnEditThatChangesNothingForParticipantsIsNot() throws Exception {
		Audience a = audience("tijd");
		Event event = this.eventCatalog.event(a.conference().event().getId()).orElseThrow();
		event.setVenueId(this.eventSeeds.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht")).id());
		event = this.eventSeeds.save(event);
		EventDetails details = EventDetails.of(event);
		this.eventEditor.update(event.getId(), null, withTitleAndTimes(details, details.title(),
				details.startsAt().plusHours(1), details.endsAt().plusHours(1)));
		String text = SmtpInbox.body(inbox.receive(a.confirmed(), "Gewijzigd"), "text/plain");
		assertThat(text).contains("Wanneer: was ", "09:30", "10:30");
		event = this.eventCatalog.event(event.getId()).orElseThrow();
		details = EventDetails.of(event);
		this.eventEditor.update(event.getId(), null, withTitleAndTimes(details, "Conferentie Samen nog sterker",
				details.startsAt(), details.endsAt()));
		Thread.sleep(1500);
		assertThat(noticesTo(a.confirmed())).isEqualTo(1);
	}

	@Test
	void aCancelledEventIsMailedWithTheOrganisersMessageAndACalendarCancellation() throws Exception {
		Audience a = audience("annulering");
		Event event = a.conference().event();
		this.mvc.perform(post("/admin/events/" + event.getId() + "/cancel").with(csrf())
				.with(user("organisator").roles("ADMIN"))
				.param("message", "Door ziekte van de sprekers gaat de dag niet door."))
			.andExpect(status().is3xxRedirection());
		MimeMessage nl = inbox.receive(a.confirmed(), "Geannuleerd: Conferentie Samen sterker");
		assertThat(SmtpInbox.body(nl, "text/plain")).contains("gaat niet door", "Bericht van de organisatie",
				"Door ziekte van de sprekers gaat de dag niet door.");
		assertThat(SmtpInbox.body(nl, "text/html")).contains("Door ziekte van de sprekers");
		Calendar calendar = calendar(nl, "afmelding.ics");
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
		VEvent vevent = vevent(calendar);
		assertThat(value(vevent, Property.UID)).isEqualTo(event.getUid());
		assertThat(value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(value(vevent, Property.SEQUENCE))).isGreaterThan(a.sequence());
		MimeMessage en = inbox.receive(a.waiting(), "Cancelled: Conferentie Samen sterker");
		assertThat(SmtpInbox.body(en, "text/plain")).contains("will not take place", "Message from the organisers");
		assertThat(noticesTo(a.cancelled())).isZero();
	}

	@Test
	void theConfirmationPagesShowHowManyPeopleWillBeMailed() throws Exception {
		Audience a = audience("bevestig");
		long id = a.conference().event().getId();
		this.mvc.perform(get("/admin/events/" + id + "/cancel").with(user("organisator").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 deelnemers krijgen hierover een e-mail.")))
			.andExpect(content().string(containsString("(1 met een plaats, 1 op de wachtlijst)")))
			.andExpect(content().string(containsString("name=\"message\"")));
		this.mvc.perform(get("/admin/events/" + id + "/postpone").with(user("organisator").roles("ADMIN"))
				.param("dateUnknown", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 deelnemers krijgen hierover een e-mail.")))
			.andExpect(content().string(containsString("name=\"dateUnknown\" value=\"true\"")));
		this.mvc.perform(post("/admin/events/" + id + "/postpone").with(csrf()).with(user("organisator").roles("ADMIN"))
				.param("dateUnknown", "true").param("message", "Wij zoeken een nieuwe datum."))
			.andExpect(status().is3xxRedirection());
		assertThat(SmtpInbox.body(inbox.receive(a.waiting(), "Postponed"), "text/plain")).contains("Wij zoeken een nieuwe datum.");
	}

	@Test
	void aRenamedOrMovedProgrammePartIsMailedToEveryone() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		this.registrations.register(request(c, "deel.een@example.org", Locale.forLanguageTag("nl"), c.session(0)));
		this.registrations.register(request(c, "deel.twee@example.org", Locale.ENGLISH, c.session(1)));
		int sequence = sequence(c);
		LocalDateTime start = c.round().startsAt().plusHours(1);
		this.programmeEditor.updatePart(c.event().getId(), c.round().id(),
				new PartDetails(PartKind.ROUND, "Middagronde", null, start, start.plusHours(1), "Eerste verdieping"));
		MimeMessage nl = inbox.receive("deel.een@example.org", "Programma gewijzigd");
		assertThat(SmtpInbox.body(nl, "text/plain")).contains("Middagronde", "Titel: was Workshopronde, nu Middagronde",
				"Plaats: was geen, nu Eerste verdieping", "Wanneer: was ");
		VEvent calendar = vevent(calendar(nl, "aanmelding.ics"));
		assertThat(value(calendar, Property.UID)).isEqualTo(c.event().getUid());
		assertThat(Integer.parseInt(value(calendar, Property.SEQUENCE))).isGreaterThan(sequence);
		assertThat(SmtpInbox.body(inbox.receive("deel.twee@example.org", "Programme changed"), "text/plain"))
			.contains("Title: was Workshopronde, now Middagronde");
	}

	@Test
	void aRenamedOrMovedSessionIsMailedToThoseWhoChoseIt() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		this.registrations.register(request(c, "sessie.een@example.org", Locale.forLanguageTag("nl"), c.session(0)));
		this.registrations.register(request(c, "sessie.twee@example.org", Locale.forLanguageTag("nl"), c.session(1)));
		int sequence = sequence(c);
		this.programmeEditor.updateSession(c.event().getId(), c.session(0),
				new SessionDetails("Workshop Armoede", null, "Zaal 7", null, 25));
		MimeMessage mail = inbox.receive("sessie.een@example.org", "Uw workshop is gewijzigd");
		assertThat(SmtpInbox.body(mail, "text/plain")).contains("Workshopronde: Workshop Armoede",
				"Titel: was Workshop A, nu Workshop Armoede", "Zaal: was Zaal 1, nu Zaal 7");
		VEvent calendar = vevent(calendar(mail, "aanmelding.ics"));
		assertThat(Integer.parseInt(value(calendar, Property.SEQUENCE))).isGreaterThan(sequence);
		assertThat(value(calendar, Property.DESCRIPTION)).contains("Workshop Armoede");
		assertThat(noticesTo("sessie.twee@example.org")).isZero();
	}

	@Test
	void aParticipantsOwnCancellationCarriesTheCalendarCancellation() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationResult own = this.registrations
			.register(request(c, "eigen.afmelding@example.org", Locale.forLanguageTag("nl"), null));
		this.mvc.perform(post("/aanmelding/" + own.token() + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		Calendar calendar = calendar(inbox.receive("eigen.afmelding@example.org", "Uw aanmelding is geannuleerd"),
				"afmelding.ics");
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
		assertThat(value(vevent(calendar), Property.UID)).isEqualTo(c.event().getUid());
		assertThat(value(vevent(calendar), Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void thePersonalPageShowsACancelledOrMovedEvent() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationResult own = this.registrations
			.register(request(c, "pagina.stand@example.org", Locale.forLanguageTag("nl"), null));
		LocalDateTime newStart = c.event().getStartsAt().plusDays(7).withHour(14).withMinute(15);
		this.eventEditor.postpone(c.event().getId(), new Postponement(newStart, null), null);
		this.mvc.perform(get("/aanmelding/" + own.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit evenement is verplaatst. Het stond eerst gepland op")))
			.andExpect(content().string(containsString("14:15")));
		this.eventEditor.cancel(c.event().getId(), null);
		this.mvc.perform(get("/aanmelding/" + own.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit evenement gaat niet door")));
	}

	@Test
	void aHandlerThatFailsIsRunAgainWhenIncompletePublicationsAreResubmitted() throws Exception {
		Audience a = audience("opnieuw");
		long id = a.conference().event().getId();
		this.jdbc.sql("alter table change_notice rename to change_notice_away").update();
		try {
			this.eventEditor.cancel(id, "Tweede poging");
			long until = System.currentTimeMillis() + 20_000;
			while (incomplete() == 0 && System.currentTimeMillis() < until) {
				Thread.sleep(100);
			}
			Thread.sleep(500);
			assertThat(incomplete()).isPositive();
			assertThat(noticesTo(a.confirmed())).isZero();
		}
		finally {
			this.jdbc.sql("alter table change_notice_away rename to change_notice").update();
		}
		this.incompletePublications.resubmitIncompletePublications(publication -> true);
		assertThat(SmtpInbox.body(inbox.receive(a.confirmed(), "Geannuleerd"), "text/plain")).contains("Tweede poging");
		assertThat(noticesTo(a.confirmed())).isEqualTo(1);
	}

	private int incomplete() {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and event_type like :type")
			.param("type", "%EventCancelled")
			.query(Integer.class)
			.single();
	}

	private int sequence(Conference c) {
		return this.eventCatalog.event(c.event().getId()).orElseThrow().getIcsSequence();
	}

	private int noticesTo(String address) {
		return this.jdbc.sql("select count(*) from mail_outbox where to_address = :to and reference like '%:notice:%'")
			.param("to", address)
			.query(Integer.class)
			.single();
	}

	private static EventDetails withTitleAndTimes(EventDetails d, String title, LocalDateTime start,
			LocalDateTime end) {
		return new EventDetails(title, d.subtitle(), d.slug(), d.summary(), d.descriptionHtml(), d.eventType(),
				d.attendanceMode(), start, end, d.venueId(), d.onlineUrl(), d.priceCents(), d.capacity(),
				d.capacityOnline(), d.registrationOpensAt(), d.registrationClosesAt(), d.imageUrl(), d.imageAlt(),
				d.organiserIds(), d.themeIds(), d.audienceIds());
	}

	private static RegistrationRequest request(Conference c, String email, Locale locale, Long session) {
		Applicant applicant = new Applicant("Deelnemer " + email, email, null, null, locale, null, false, null, null);
		Map<Long, SessionPick> picks = (c.round() == null) ? Map.of()
				: Map.of(c.round().id(), new SessionPick(session != null ? session : c.session(0), null));
		return new RegistrationRequest(c.event().getId(), applicant, true, picks, Map.of(), null);
	}

	static Calendar calendar(MimeMessage mail, String name) throws Exception {
		return new CalendarBuilder().build(new StringReader(SmtpInbox.attachment(mail, name)));
	}

	static VEvent vevent(Calendar calendar) {
		return calendar.getComponents()
			.stream()
			.filter(VEvent.class::isInstance)
			.map(VEvent.class::cast)
			.findFirst()
			.orElseThrow();
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElseThrow();
	}

}
