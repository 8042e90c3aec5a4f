package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The mails about a registration, through the outbox and a real SMTP server (GreenMail), on H2 and
 * PostgreSQL.
 */
abstract class RegistrationMailsContract extends RegistrationIntegrationTest {

	static final int PORT = SMTP_PORT;

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ScheduledMails scheduledMails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfirmationArrivesWithACalendarFileAndAWorkingPersonalLink() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.mvc.perform(post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
				.with(request -> {
					request.setRemoteAddr("10.99.0.1");
					return request;
				})
				.param("name", "Anna de Vries").param("email", "anna.mail@example.org")
				.param("choices[" + c.round().id() + "]", c.session(0).toString())
				.param("consent", "true").param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		MimeMessage mail = inbox.receive("anna.mail@example.org", "Bevestiging");
		String text = SmtpInbox.text(mail);
		assertThat(text).contains("Beste Anna de Vries", "Workshop A", "Conferentie Samen sterker");
		assertThat(SmtpInbox.html(mail)).contains("<a href=\"http://localhost:8080/aanmelding/");
		String calendar = SmtpInbox.attachment(mail, "aanmelding.ics");
		assertThat(calendar).contains("UID:" + c.event().getUid(), "TZID=Europe/Amsterdam", "BEGIN:VTIMEZONE");
		Matcher link = Pattern.compile("http://localhost:8080(/aanmelding/[A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Workshop A")));
	}

	@Test
	void registeringAgainSendsANewLinkAndTheWaitingListGetsItsOwnMail() throws Exception {
		Conference c = this.fixtures.conference(1);
		this.registrations.register(RegistrationFixtures.request(c, "eerste@example.org", null, null, null));
		this.registrations.register(RegistrationFixtures.request(c, "tweede@example.org", null, null, null));
		this.registrations.register(RegistrationFixtures.request(c, "eerste@example.org", null, null, null));
		assertThat(inbox.receive("tweede@example.org", "wachtlijst").getSubject()).contains("wachtlijst");
		assertThat(inbox.receive("eerste@example.org", "persoonlijke link").getSubject()).contains("persoonlijke link");
	}

	@Test
	void everyMailAboutARegistrationNamesItsEventInTheOutbox() throws Exception {
		Conference c = this.fixtures.conference(1);
		String key = UUID.randomUUID().toString().substring(0, 8);
		String first = "eerste-" + key + "@example.org";
		String second = "tweede-" + key + "@example.org";
		RegistrationResult placed = this.registrations.register(RegistrationFixtures.request(c, first, null, null, null));
		this.registrations.register(RegistrationFixtures.request(c, second, null, null, null));
		this.registrations.register(RegistrationFixtures.request(c, first, null, null, null));
		this.mvc.perform(post("/aanmelding/" + placed.token() + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());

		java.util.List<Long> events = this.jdbc
			.sql("select event_id from mail_outbox where to_address in (:first, :second)")
			.param("first", first)
			.param("second", second)
			.query(Long.class)
			.list();
		// confirmation, the link again and the cancellation to the first; the waiting list (and the place) to the second
		assertThat(events).hasSizeGreaterThanOrEqualTo(4).containsOnly(c.event().getId());
	}

	@Test
	void aRegistrationSucceedsWhileTheMailServerIsDownAndTheMailWaitsInTheOutbox() throws Exception {
		inbox.stop();
		Conference c = this.fixtures.conference(100, 25);
		RegistrationResult result = this.registrations
			.register(RegistrationFixtures.request(c, "geen.smtp@example.org", c.session(0), null, null));
		assertThat(result.status().name()).isEqualTo("CONFIRMED");
		Thread.sleep(1000);
		assertThat(this.jdbc.sql("select status from mail_outbox where to_address = 'geen.smtp@example.org'")
			.query(String.class).single()).isIn("PENDING", "SENDING");
		inbox.start();
		assertThat(inbox.receive("geen.smtp@example.org", "Bevestiging")).isNotNull();
	}

	@Test
	void anOrganisersCancellationIsMailedInTheOrganisersWords() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		RegistrationResult own = this.registrations
			.register(RegistrationFixtures.request(c, "zelf.af@example.org", c.session(0), null, null));
		RegistrationResult theirs = this.registrations
			.register(RegistrationFixtures.request(c, "door.organisatie@example.org", c.session(0), null, null));
		this.mvc.perform(post("/aanmelding/" + own.token() + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/events/" + c.event().getId() + "/registrations/" + theirs.registrationId()
				+ "/cancel").with(csrf()).with(user("organisator").roles("ADMIN")))
			.andExpect(status().is3xxRedirection());

		MimeMessage byOrganiser = inbox.receive("door.organisatie@example.org", "geannuleerd door de organisatie");
		assertThat(SmtpInbox.text(byOrganiser)).contains("De organisatie heeft uw aanmelding voor");
		MimeMessage byParticipant = inbox.receive("zelf.af@example.org", "geannuleerd");
		assertThat(byParticipant.getSubject()).doesNotContain("organisatie");
		assertThat(SmtpInbox.text(byParticipant)).contains("Jammer dat u er niet bij bent")
			.doesNotContain("De organisatie heeft");
	}

	@Test
	void theReminderGoesOnceAFewDaysBefore() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.registrations.register(RegistrationFixtures.request(c, "herinnering@example.org", c.session(0), null, null));
		LocalDateTime start = c.event().getStartsAt();
		assertThat(this.scheduledMails.send(start.minusDays(5))).isZero();
		assertThat(this.scheduledMails.send(start.minusDays(2))).isPositive();
		assertThat(this.jdbc.sql("select reminder_sent_at from registration where email = 'herinnering@example.org'")
			.query(LocalDateTime.class).single()).isNotNull();
		assertThat(this.scheduledMails.send(start.minusDays(1))).isZero();
		assertThat(inbox.receive("herinnering@example.org", "Herinnering").getSubject()).startsWith("Herinnering");
	}

}
