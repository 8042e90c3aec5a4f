package nl.bijeen.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Deleting a session or a round that people chose, as an organiser does it on the delete screens: the
 * screen says how many hold it; the people are moved (second choice first, capacity respected, the rest
 * onto the target's waiting list in their order) or released, and each gets a mail in their language
 * through the outbox and a real SMTP server (GreenMail). On H2 and PostgreSQL.
 */
abstract class SessionRemovalContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	Registrations rows;

	@Autowired
	Cancellations cancellations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void movingHonoursSecondChoicesThenFillsTheTargetAndTheRestWaitInTheirOrder() throws Exception {
		Conference c = this.fixtures.conference(null, 3, 3, 2);
		secondChoices(c);
		Long a = c.session(0);
		Long b = c.session(1);
		Long cc = c.session(2);
		register(c, "q1", cc, null);
		register(c, "b1", b, null);
		RegistrationResult p1 = register(c, "p1", a, cc);
		RegistrationResult p2 = register(c, "p2", a, null);
		RegistrationResult p3 = register(c, "p3", a, null);
		RegistrationResult p4 = register(c, "p4", a, b);
		RegistrationResult p5 = register(c, "p5", a, null);
		RegistrationResult p6 = register(c, "p6", a, null);
		assertThat(choice(p4)).isEqualTo(b + ":CONFIRMED");
		assertThat(choice(p5)).isEqualTo(a + ":WAITLISTED");

		String screen = this.base(c) + "/sessions/" + a + "/delete";
		this.mvc.perform(get(screen).with(organiser()))
			.andExpect(httpStatus().isOk())
			.andExpect(content().string(allOf(
					containsString("3 deelnemer(s) hebben een plaats in deze workshop, 2 staan op de wachtlijst."),
					containsString("Workshop B (2 van 3 plaatsen bezet)"))));
		this.mvc.perform(post(screen).with(organiser()).with(csrf()))
			.andExpect(httpStatus().isOk())
			.andExpect(content().string(containsString("Kies wat er met de deelnemers van deze workshop gebeurt.")));
		this.mvc.perform(post(screen).with(organiser()).with(csrf()).param("choice", "move"))
			.andExpect(httpStatus().isOk())
			.andExpect(content().string(containsString("Kies de workshop waarnaar de deelnemers gaan.")));
		assertThat(choice(p2)).isEqualTo(a + ":CONFIRMED");

		this.mvc.perform(post(screen).with(organiser()).with(csrf()).param("choice", "move")
				.param("moveTo", b.toString()))
			.andExpect(redirectedUrl(base(c)));
		assertThat(choice(p1)).as("second choice first").isEqualTo(cc + ":CONFIRMED");
		assertThat(choice(p2)).isEqualTo(b + ":CONFIRMED");
		assertThat(choice(p3)).isEqualTo(b + ":WAITLISTED");
		assertThat(choice(p5)).isEqualTo(b + ":WAITLISTED");
		assertThat(choice(p6)).isEqualTo(b + ":WAITLISTED");
		assertThat(choice(p4)).isEqualTo(b + ":CONFIRMED");
		assertThat(taken(b)).isEqualTo(3);
		assertThat(taken(cc)).isEqualTo(2);

		assertThat(SmtpInbox.text(inbox.receive("p1@example.org", "Wijziging in uw programma")))
			.contains("De workshop ‘Workshop A’ (Workshopronde)", "U heeft nu een plaats in de workshop ‘Workshop C’.");
		assertThat(SmtpInbox.text(inbox.receive("p2@example.org", "Wijziging"))).contains("plaats in de workshop ‘Workshop B’");
		assertThat(SmtpInbox.text(inbox.receive("p3@example.org", "Wijziging"))).contains("wachtlijst van de workshop ‘Workshop B’, op plaats 1.");
		assertThat(SmtpInbox.text(inbox.receive("p5@example.org", "Wijziging"))).contains("op plaats 2.");
		assertThat(SmtpInbox.text(inbox.receive("p6@example.org", "Wijziging"))).contains("op plaats 3.");
		assertThat(inbox.count("p4@example.org", "Wijziging")).as("p4 was not in workshop A").isZero();

		// A place comes free in B: the first of those who were moved onto its waiting list gets it.
		this.cancellations.end(p4.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
		assertThat(choice(p3)).isEqualTo(b + ":CONFIRMED");
		assertThat(choice(p5)).isEqualTo(b + ":WAITLISTED");
	}

	@Test
	void releasingKeepsEveryoneRegisteredWithoutASessionInTheRoundAndTellsThemInTheirLanguage() throws Exception {
		Conference c = this.fixtures.conference(null, 1, 5);
		Long a = c.session(0);
		RegistrationResult dutch = register(c, "r1", a, null);
		RegistrationResult english = this.registrations.register(new RegistrationRequest(c.event().getId(),
				new Applicant("Ann", "r2@example.org", null, null, Locale.ENGLISH, null, false, null, null), true,
				Map.of(c.round().id(), new SessionPick(a, null)), Map.of(), null));
		assertThat(choice(english)).isEqualTo(a + ":WAITLISTED");

		this.mvc.perform(post(base(c) + "/sessions/" + a + "/delete").with(organiser()).with(csrf())
				.param("choice", "release"))
			.andExpect(redirectedUrl(base(c)));
		assertThat(choices(dutch) + choices(english)).isZero();
		assertThat(status(dutch)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(english)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(SmtpInbox.text(inbox.receive("r1@example.org", "Wijziging in uw programma")))
			.contains("U blijft aangemeld voor Conferentie Samen sterker, zonder workshop in deze ronde.");
		assertThat(SmtpInbox.text(inbox.receive("r2@example.org", "A change in your programme")))
			.contains("The workshop ‘Workshop A’ (Workshopronde)", "You stay registered for Conferentie Samen sterker");
	}

	@Test
	void deletingARoundShowsWhoChoseItsSessionsReleasesThemAndTellsEveryone() throws Exception {
		Conference c = this.fixtures.conference(null, 1, 1);
		RegistrationResult first = register(c, "w1", c.session(0), null);
		RegistrationResult waiting = register(c, "w2", c.session(0), null);
		RegistrationResult other = register(c, "w3", c.session(1), null);
		String screen = base(c) + "/parts/" + c.round().id() + "/delete";
		this.mvc.perform(get(screen).with(organiser()))
			.andExpect(content().string(allOf(containsString("3 deelnemer(s) kozen een workshop in deze ronde:"),
					containsString("Workshop A: 1 met een plaats, 1 op de wachtlijst"),
					containsString("Workshop B: 1 met een plaats, 0 op de wachtlijst"))));
		this.mvc.perform(post(screen).with(organiser()).with(csrf())).andExpect(redirectedUrl(base(c)));
		for (RegistrationResult r : List.of(first, waiting, other)) {
			assertThat(status(r)).isEqualTo(RegistrationStatus.CONFIRMED);
			assertThat(choices(r)).isZero();
		}
		for (String who : List.of("w1", "w2", "w3")) {
			assertThat(SmtpInbox.text(inbox.receive(who + "@example.org", "Wijziging in uw programma")))
				.contains("Deze ronde is uit het programma gehaald.");
		}
	}

	private void secondChoices(Conference c) {
		this.settings.save(new RegistrationSettings(c.event().getId(), true, true, false, null, false, null, null, 2,
				60, null));
	}

	private RegistrationResult register(Conference c, String who, Long first, Long second) {
		return this.registrations.register(RegistrationFixtures.request(c, who + "@example.org", first, second, null));
	}

	private String base(Conference c) {
		return "/admin/events/" + c.event().getId() + "/programme";
	}

	private static org.springframework.test.web.servlet.result.StatusResultMatchers httpStatus() {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.status();
	}

	private static RequestPostProcessor organiser() {
		return user("organisator").roles("ADMIN");
	}

	private String choice(RegistrationResult r) {
		return this.jdbc.sql("select session_id || ':' || status from registration_choice where registration_id = ?")
			.param(r.registrationId())
			.query(String.class)
			.single();
	}

	private int choices(RegistrationResult r) {
		return this.jdbc.sql("select count(*) from registration_choice where registration_id = ?")
			.param(r.registrationId())
			.query(Integer.class)
			.single();
	}

	private int taken(Long sessionId) {
		return this.jdbc.sql("select taken from seat_counter where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single();
	}

	private RegistrationStatus status(RegistrationResult r) {
		return this.rows.findById(r.registrationId()).orElseThrow().status();
	}

}
