package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.Approvals;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personal link keeps working and is in every mail; participants correct their details through it;
 * mails go in the name of the organising organisation, with the event's contact and price; the meeting link
 * stays out of everything until its window opens; a per-recipient limit stops mail floods. Through the
 * outbox and a real SMTP server, on H2 and PostgreSQL.
 */
abstract class PersonalLinkAndMailsContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	PersonalRegistrations personal;

	@Autowired
	Approvals approvals;

	@Autowired
	ScheduledMails scheduledMails;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringAgainKeepsTheEarlierLinkWorking() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		RegistrationResult first = register(c, "twee.keer@example.org");
		RegistrationResult again = register(c, "twee.keer@example.org");
		assertThat(again.kind()).isEqualTo(RegistrationResult.Kind.EXISTING);
		assertThat(again.token()).isNotEqualTo(first.token());
		String mailed = SmtpInbox.personalLink(inbox.receive("twee.keer@example.org", "persoonlijke link"));
		for (String link : List.of("/aanmelding/" + first.token(), "/aanmelding/" + again.token(), mailed)) {
			this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Workshop A")));
		}
	}

	@Test
	void movingUpFromTheWaitingListKeepsTheWaitingLinkAndMailsOneThatWorks() throws Exception {
		Conference c = this.fixtures.conference(1);
		RegistrationResult placed = register(c, "heeft.plaats@example.org");
		RegistrationResult waiting = register(c, "wacht@example.org");
		assertThat(waiting.status().name()).isEqualTo("WAITLISTED");
		this.personal.cancel(placed.token());
		MimeMessage promoted = inbox.receive("wacht@example.org", "plaats");
		assertThat(this.personal.find(waiting.token()).status().name()).isEqualTo("CONFIRMED");
		this.mvc.perform(get("/aanmelding/" + waiting.token())).andExpect(status().isOk());
		this.mvc.perform(get(SmtpInbox.personalLink(promoted))).andExpect(status().isOk());
		// the mail about the cancellation carries a link too, and the first link still opens the page
		this.mvc.perform(get(SmtpInbox.personalLink(inbox.receive("heeft.plaats@example.org", "geannuleerd"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/aanmelding/" + placed.token())).andExpect(status().isOk());
	}

	@Test
	void approvalKeepsTheLinkAndTheConfirmationCarriesOne() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationSettings defaults = RegistrationSettings.defaults(c.event().getId());
		this.settings.save(new RegistrationSettings(c.event().getId(), true, false, true, null, false, null, null,
				defaults.reminderDays(), defaults.onlineLinkMinutesBefore(), null));
		RegistrationResult pending = register(c, "goedkeuring@example.org");
		assertThat(pending.status().name()).isEqualTo("PENDING_APPROVAL");
		this.approvals.approve(pending.registrationId());
		MimeMessage confirmation = inbox.receive("goedkeuring@example.org", "Bevestiging");
		this.mvc.perform(get(SmtpInbox.personalLink(confirmation))).andExpect(status().isOk());
		this.mvc.perform(get("/aanmelding/" + pending.token())).andExpect(status().isOk());
	}

	@Test
	void theReminderCarriesAWorkingLink() throws Exception {
		Conference c = this.fixtures.conference(100);
		register(c, "herinner.link@example.org");
		assertThat(this.scheduledMails.send(c.event().getStartsAt().minusDays(2))).isPositive();
		MimeMessage reminder = inbox.receive("herinner.link@example.org", "Herinnering");
		this.mvc.perform(get(SmtpInbox.personalLink(reminder))).andExpect(status().isOk());
	}

	@Test
	void mailsGoInTheNameOfTheLeadOrganisationWithTheContactAndThePrice() throws Exception {
		Organisation lead = this.peopleSeeds.save(new Organisation(null, "org-" + System.nanoTime(),
				"Kennisinstituut Samen", null, null, null, null, "Kennisinstituut Samen Evenementen",
				"evenementen@samen.example"));
		Conference c = this.fixtures.conference(100);
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.setOrganiserIds(List.of(lead.id()));
		event.setPriceCents(2500);
		event.setContactName("Fatima el Amrani");
		event.setContactEmail("fatima@samen.example");
		event.setContactPhone("030 123 45 67");
		this.eventSeeds.save(event);

		this.mvc.perform(get("/evenementen/" + event.getSlug() + "/aanmelden"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("€ 25,00")));
		this.mvc.perform(get("/evenementen/" + event.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatima el Amrani")))
			.andExpect(content().string(containsString("mailto:fatima@samen.example")));
		register(c, "namens@example.org");
		MimeMessage mail = inbox.receive("namens@example.org", "Bevestiging");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo("Kennisinstituut Samen Evenementen");
		assertThat(from.getAddress()).isEqualTo("noreply@localhost");
		assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("evenementen@samen.example");
		assertThat(SmtpInbox.text(mail)).contains("€ 25,00", "Fatima el Amrani", "fatima@samen.example", "030 123 45 67",
				"Met vriendelijke groet, Kennisinstituut Samen");
		assertThat(SmtpInbox.html(mail)).contains("€ 25,00", "Fatima el Amrani");
	}

	@Test
	void withoutAReplyToAddressRepliesGoToTheEventsContact() throws Exception {
		Organisation lead = this.peopleSeeds
			.save(Organisation.create("org-" + System.nanoTime(), "Gemeente Zuidstad", null, null));
		Conference c = this.fixtures.conference(100);
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.setOrganiserIds(List.of(lead.id()));
		event.setContactEmail("vragen@zuidstad.example");
		this.eventSeeds.save(event);
		register(c, "contact@example.org");
		MimeMessage mail = inbox.receive("contact@example.org", "Bevestiging");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Gemeente Zuidstad");
		assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("vragen@zuidstad.example");
		assertThat(SmtpInbox.text(mail)).doesNotContain("€");
	}

	@Test
	void theMeetingLinkStaysOutOfEverythingUntilItsWindowOpens() throws Exception {
		Conference c = this.fixtures.conferenceWith(AttendanceMode.ONLINE, null, 100);
		RegistrationResult online = register(c, "online@example.org");
		String meeting = "meet.example.org";
		MimeMessage confirmation = inbox.receive("online@example.org", "Bevestiging");
		assertThat(SmtpInbox.text(confirmation)).doesNotContain(meeting);
		assertThat(SmtpInbox.html(confirmation)).doesNotContain(meeting);
		assertThat(SmtpInbox.calendars(confirmation)).isNotEmpty().allSatisfy(ics -> assertThat(ics).doesNotContain(meeting));
		this.mvc.perform(get("/aanmelding/" + online.token() + "/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(meeting))));
		this.mvc.perform(get("/api/registrations/" + online.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(meeting))));

		LocalDateTime soon = LocalDateTime.now().plusMinutes(30).withNano(0);
		this.jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", soon).param("end", soon.plusHours(2)).param("id", c.event().getId())
			.update();
		this.mvc.perform(get("/aanmelding/" + online.token() + "/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(meeting)));
		this.mvc.perform(get("/api/registrations/" + online.token()))
			.andExpect(content().string(containsString(meeting)));
	}

	@Test
	void aFloodOfRequestsForOneAddressStopsAtTheLimitAndTheAnswerStaysTheSame() throws Exception {
		Conference c = this.fixtures.conference(100);
		Set<RegistrationResult.Kind> answers = new HashSet<>();
		register(c, "overspoeld@example.org");
		for (int i = 0; i < 14; i++) {
			answers.add(register(c, "overspoeld@example.org").kind());
		}
		assertThat(answers).containsExactly(RegistrationResult.Kind.EXISTING);
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where to_address = 'overspoeld@example.org'")
			.query(Integer.class).single()).isEqualTo(10);
		// mails an organiser causes still go
		RegistrationResult last = register(c, "overspoeld@example.org");
		this.personal.cancel(last.token());
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where to_address = 'overspoeld@example.org'")
			.query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	void participantsCorrectTheirDetailsAndAnswersWithFieldErrorsInTheirLanguage() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationQuestion diet = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.TEXT, "Dieetwensen", true, null, 0));
		RegistrationQuestion lunch = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.SINGLE_CHOICE, "Lunch", false, List.of("Ja", "Nee"), 1));
		Applicant applicant = new Applicant("Jan Jansen", "verbeter@example.org", "Gemeente Oost", "Beleidsmaker",
				java.util.Locale.forLanguageTag("nl"), null, false, null, null);
		RegistrationResult r = this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.<Long, SessionPick>of(), Map.of(diet.id(), List.of("Geen")), null));
		String page = "/aanmelding/" + r.token();
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Jan Jansen\"")))
			.andExpect(content().string(containsString("Geen")));

		this.mvc.perform(post(page + "/gegevens").with(csrf()).param("name", " ").param("organisation", "Oost\u0007")
				.param("answers[" + diet.id() + "]", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"organisation-error\"")))
			.andExpect(content().string(containsString("id=\"answers-" + diet.id() + "-error\"")));
		this.mvc.perform(post(page + "/gegevens").with(csrf()).param("lang", "en").param("name", "")
				.param("answers[" + diet.id() + "]", "Geen"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please fill in this field.")));
		assertThat(this.personal.find(r.token()).name()).isEqualTo("Jan Jansen");

		this.mvc.perform(post(page + "/gegevens").with(csrf()).param("name", "Jan de Jong")
				.param("organisation", "Gemeente West").param("jobTitle", "")
				.param("answers[" + diet.id() + "]", "Vegetarisch").param("answers[" + lunch.id() + "]", "Ja"))
			.andExpect(status().is3xxRedirection());
		var corrected = this.personal.find(r.token());
		assertThat(corrected.name()).isEqualTo("Jan de Jong");
		assertThat(corrected.organisation()).isEqualTo("Gemeente West");
		assertThat(corrected.jobTitle()).isNull();
		assertThat(corrected.email()).isEqualTo("verbeter@example.org");
		assertThat(this.personal.details(corrected).answers())
			.containsEntry(diet.id(), List.of("Vegetarisch"))
			.containsEntry(lunch.id(), List.of("Ja"));
	}

	private RegistrationResult register(Conference c, String email) {
		Long first = c.round() == null ? null : c.session(0);
		return this.registrations.register(RegistrationFixtures.request(c, email, first, null, null));
	}

}
