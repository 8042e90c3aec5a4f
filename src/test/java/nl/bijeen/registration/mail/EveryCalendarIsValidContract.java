package nl.bijeen.registration.mail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.CalendarValidator;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Collects every calendar bijeen produces (the agenda, theme and organisation feeds, an empty feed, the
 * event's own file, the personal file before and within the meeting link's window, the files attached to
 * the mails) and has each checked against RFC 5545 by an independent parser and validator (biweekly), on
 * H2 and PostgreSQL.
 */
abstract class EveryCalendarIsValidContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ScheduledMails scheduledMails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCalendarIsValidRfc5545() throws Exception {
		String suffix = Long.toString(System.nanoTime());
		Theme theme = this.eventSeeds.save(Theme.create("thema-" + suffix, "Sociale basis", null));
		Theme empty = this.eventSeeds.save(Theme.create("leeg-" + suffix, "Zonder evenementen", null));
		Organisation organiser = this.peopleSeeds
			.save(Organisation.create("organisatie-" + suffix, "Werkplaats Sociaal Domein", null, null));
		Venue venue = this.eventSeeds.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));

		Conference onSite = this.fixtures.conference(100, 25);
		Event conference = this.eventCatalog.event(onSite.event().getId()).orElseThrow();
		conference.setVenueId(venue.id());
		conference.setThemeIds(List.of(theme.id()));
		conference.setOrganiserIds(List.of(organiser.id()));
		conference.setSummary("Een lange samenvatting met komma's, puntkomma's; en een regel\ndie doorloopt, "
				+ "zodat de regels van het bestand gevouwen moeten worden: ".repeat(3));
		this.eventSeeds.save(conference);
		Conference online = this.fixtures.conferenceWith(AttendanceMode.ONLINE, null, 100);

		Map<String, String> calendars = new LinkedHashMap<>();
		for (String path : List.of("/agenda.ics", "/themas/" + theme.slug() + ".ics",
				"/themas/" + empty.slug() + ".ics", "/organisaties/" + organiser.slug() + ".ics",
				"/evenementen/" + conference.getSlug() + ".ics", "/evenementen/" + online.event().getSlug() + ".ics")) {
			calendars.put(path, fetch(path));
		}
		RegistrationResult participant = this.registrations
			.register(RegistrationFixtures.request(onSite, "kalender@example.org", onSite.session(0), null, null));
		RegistrationResult onlineParticipant = this.registrations
			.register(RegistrationFixtures.request(online, "kalender.online@example.org", null, null, null));
		calendars.put("personal", fetch("/aanmelding/" + participant.token() + "/agenda.ics"));
		calendars.put("personal online, early", fetch("/aanmelding/" + onlineParticipant.token() + "/agenda.ics"));
		collectAttachments(calendars, inbox.receive("kalender@example.org", "Bevestiging"), "confirmation mail");
		collectAttachments(calendars, inbox.receive("kalender.online@example.org", "Bevestiging"),
				"confirmation mail online");
		assertThat(this.scheduledMails.send(onSite.event().getStartsAt().minusDays(2))).isPositive();
		collectAttachments(calendars, inbox.receive("kalender@example.org", "Herinnering"), "reminder mail");

		LocalDateTime soon = LocalDateTime.now().plusMinutes(20).withSecond(0).withNano(0);
		this.jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", soon).param("end", soon.plusHours(2)).param("id", online.event().getId())
			.update();
		String withLink = fetch("/aanmelding/" + onlineParticipant.token() + "/agenda.ics");
		assertThat(withLink).contains("meet.example.org");
		calendars.put("personal online, within the window", withLink);

		assertThat(calendars).hasSizeGreaterThanOrEqualTo(12);
		calendars.forEach((source, ics) -> assertThat(CalendarValidator.problems(ics))
			.as("calendar of %s:%n%s", source, ics)
			.isEmpty());
		assertThat(calendars.get("personal")).contains("TZID=Europe/Amsterdam", "TZID:Europe/Amsterdam")
			.doesNotContain("Brussels");
	}

	private String fetch(String path) throws Exception {
		byte[] body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new String(body, StandardCharsets.UTF_8);
	}

	private static void collectAttachments(Map<String, String> calendars, MimeMessage mail, String source)
			throws Exception {
		List<String> attached = SmtpInbox.calendars(mail);
		assertThat(attached).as(source).isNotEmpty();
		for (int i = 0; i < attached.size(); i++) {
			calendars.put(source + " #" + (i + 1), attached.get(i));
		}
	}

}
