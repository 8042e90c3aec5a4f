package nl.bijeen.registration.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisers' registration workbench: lists, session pages and actions, on H2 and PostgreSQL.
 */
@SpringBootTest(properties = { "bijeen.registration.jobs-enabled=false", "bijeen.registration.rate-limit=1000" })
@AutoConfigureMockMvc
@Import(RegistrationFixtures.class)
abstract class RegistrationAdminContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrationService;

	@Autowired
	JdbcClient jdbcClient;

	AdminFixtures people;

	@BeforeEach
	void people() {
		this.people = new AdminFixtures(this.registrationService, this.jdbcClient);
	}

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	static String list(Conference c) {
		return "/admin/events/" + c.event().getId() + "/registrations";
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		Conference c = this.fixtures.conference(10, 5);
		this.mvc.perform(get(list(c)).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(list(c) + ".csv").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		// HTTP Basic is for the management endpoints only: a machine without a session is sent to the sign-in too.
		this.mvc.perform(get(list(c) + ".csv")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsParticipantsWithCountsSessionsAndAnswers() throws Exception {
		Conference c = this.fixtures.conference(2, 5, 5);
		RegistrationQuestion diet = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.TEXT, "Dieetwensen", false, null, 0));
		this.people.register(c, "Fatma Yılmaz", "fatma@example.org", "Gemeente Utrecht", c.session(0),
				Map.of(diet.id(), List.of("Vegetarisch")));
		this.people.register(c, "Kees de Vries", c.session(1));
		this.people.register(c, "Wachtende Wim", c.session(0));

		this.mvc.perform(get(list(c)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<caption>Aantal aanmeldingen per status</caption>"),
					containsString("id=\"count-confirmed\">2<"), containsString("id=\"count-waitlisted\">1<"),
					containsString("Fatma Yılmaz"), containsString("Vegetarisch"), containsString("Dieetwensen"),
					containsString("Workshop A"), containsString("<th scope=\"col\">Workshopronde</th>"),
					containsString("<label for=\"search-q\">"), containsString("Afmelden: Kees de Vries"),
					containsString("Plaats geven: Wachtende Wim"), containsString("Wachtlijst, op volgorde van aanmelding"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchesAndFilters() throws Exception {
		Conference c = this.fixtures.conference(1, 5);
		this.people.register(c, "Anna Bakker", c.session(0));
		this.people.register(c, "Bert Jansen", c.session(0));

		this.mvc.perform(get(list(c)).param("q", "bakk"))
			.andExpect(content().string(allOf(containsString("1 aanmelding gevonden"),
					containsString("Afmelden: Anna Bakker"), not(containsString("Afmelden: Bert Jansen</a>\n    </td>\n  </tr>\n  </tbody>\n</table>\n      <nav")))));
		this.mvc.perform(get(list(c)).param("status", "WAITLISTED"))
			.andExpect(content().string(allOf(containsString("1 aanmelding gevonden"))));
		this.mvc.perform(get(list(c)).param("q", "100%_niemand"))
			.andExpect(content().string(containsString("Geen aanmeldingen gevonden")));
		this.mvc.perform(get(list(c)).param("status", "NONSENSE").param("sort", "newest").param("page", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 aanmeldingen gevonden")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void sessionPageShowsItsParticipantsAndWaitingList() throws Exception {
		Conference c = this.fixtures.conference(10, 1, 5);
		this.people.register(c, "Eerste Els", c.session(0));
		this.people.register(c, "Tweede Tom", c.session(0));

		this.mvc.perform(get(list(c) + "/sessions/" + c.session(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Workshop: Workshop A"),
					containsString("1 van 1 plaats bezet"), containsString("Deelnemers van Workshop A"),
					containsString("Eerste Els"), containsString("Wachtlijst van Workshop A"),
					containsString("Plaats geven: Tweede Tom"), containsString("Verplaatsen: Eerste Els"))));
		this.mvc.perform(get(list(c) + "/sessions/999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theWaitingListAndASessionsParticipantsArePagedNotReadWhole() throws Exception {
		Conference full = this.fixtures.conference(1);
		for (int i = 1; i <= 53; i++) {
			this.people.register(full, String.format("Persoon %02d", i), "persoon" + i + "@example.org", null, null, Map.of());
		}
		String first = this.mvc.perform(get(list(full)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("52 personen op de wachtlijst", "Plaats geven: Persoon 51", "Pagina 1 van 2",
				"Pagina&#39;s van de wachtlijst", "wpage=1")
			.doesNotContain("Plaats geven: Persoon 52", "Plaats geven: Persoon 53");
		String second = this.mvc.perform(get(list(full)).param("wpage", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Positions go on from the first page: 51 and 52 wait behind the fifty shown there.
		assertThat(second).contains("Plaats geven: Persoon 52", "Plaats geven: Persoon 53", ">51</td>", ">52</td>",
				"Pagina 2 van 2")
			.doesNotContain("Plaats geven: Persoon 51");

		Conference workshop = this.fixtures.conference(100, 60);
		for (int i = 1; i <= 52; i++) {
			this.people.register(workshop, String.format("Deelnemer %02d", i), "deelnemer" + i + "@example.org", null,
					workshop.session(0), Map.of());
		}
		String seated = this.mvc.perform(get(list(workshop) + "/sessions/" + workshop.session(0)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(seated).contains("52 deelnemers", "Deelnemer 50", "Pagina 1 van 2",
				"Pagina&#39;s met deelnemers van deze workshop").doesNotContain("Deelnemer 51", "Deelnemer 52");
		this.mvc.perform(get(list(workshop) + "/sessions/" + workshop.session(0)).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Deelnemer 51"), containsString("Deelnemer 52"),
					not(containsString("Deelnemer 50")), containsString("Pagina 2 van 2"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void cancellingFreesThePlaceForTheFirstPersonWaiting() throws Exception {
		Conference c = this.fixtures.conference(1, 5);
		Long anna = this.people.register(c, "Anna Bakker", c.session(0));
		Long bert = this.people.register(c, "Bert Jansen", c.session(0));
		Long carla = this.people.register(c, "Carla Smit", c.session(0));
		assertThat(this.people.status(bert)).isEqualTo("WAITLISTED");

		this.mvc.perform(get(list(c) + "/" + anna + "/cancel"))
			.andExpect(content().string(allOf(containsString("Weet u zeker dat u Anna Bakker"),
					containsString("Afmelden: Anna Bakker"))));
		assertThat(this.people.status(anna)).isEqualTo("CONFIRMED");
		this.mvc.perform(post(list(c) + "/" + anna + "/cancel")).andExpect(status().isForbidden());

		jakarta.servlet.http.Cookie[] flashSession = this.mvc.perform(post(list(c) + "/" + anna + "/cancel").with(csrf()))
			.andExpect(redirectedUrl(list(c)))
			.andExpect(flash().attribute("notice", "registration.admin.cancel.done"))
			.andReturn().getResponse().getCookies();
		assertThat(this.people.status(anna)).isEqualTo("CANCELLED");
		assertThat(this.people.status(bert)).isEqualTo("CONFIRMED");
		assertThat(this.people.choiceStatus(bert)).isEqualTo("CONFIRMED");
		assertThat(this.people.status(carla)).isEqualTo("WAITLISTED");
		this.people.assertCountersMatchRows(c.event().getId());

		// The flash message lives in the (shared) session until the page after the redirect shows it.
		this.mvc.perform(get(list(c)).cookie(flashSession))
			.andExpect(content().string(containsString("class=\"alert alert--success\" id=\"notice\">Anna Bakker is afgemeld.</div>")));
		this.mvc.perform(post(list(c) + "/" + anna + "/cancel").with(csrf()))
			.andExpect(flash().attribute("error", "registration.admin.cancel.notActive"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void movingToAFullSessionIsRefusedAndChangesNothing() throws Exception {
		Conference c = this.fixtures.conference(10, 1, 1);
		Long anna = this.people.register(c, "Anna Bakker", c.session(0));
		Long bert = this.people.register(c, "Bert Jansen", c.session(1));

		this.mvc.perform(post(list(c) + "/" + anna + "/move").with(csrf())
			.param("partId", c.round().id().toString())
			.param("sessionId", c.session(1).toString())
			.param("from", c.session(0).toString()))
			.andExpect(redirectedUrl(list(c) + "/sessions/" + c.session(0)))
			.andExpect(flash().attribute("error", "registration.admin.move.full"));
		assertThat(this.people.sessionOf(anna)).isEqualTo(c.session(0));
		assertThat(this.people.sessionOf(bert)).isEqualTo(c.session(1));
		assertThat(this.people.taken(c.event().getId(), "S" + c.session(0))).isEqualTo(1);
		assertThat(this.people.taken(c.event().getId(), "S" + c.session(1))).isEqualTo(1);
		this.people.assertCountersMatchRows(c.event().getId());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void movingToASessionWithRoomWorksAndTheCountersFollow() throws Exception {
		Conference c = this.fixtures.conference(10, 1, 2);
		Long anna = this.people.register(c, "Anna Bakker", c.session(0));
		Long bert = this.people.register(c, "Bert Jansen", c.session(0));
		assertThat(this.people.choiceStatus(bert)).isEqualTo("WAITLISTED");

		this.mvc.perform(post(list(c) + "/" + anna + "/move").with(csrf())
			.param("partId", c.round().id().toString())
			.param("sessionId", c.session(1).toString()))
			.andExpect(flash().attribute("notice", "registration.admin.move.done"));
		assertThat(this.people.sessionOf(anna)).isEqualTo(c.session(1));
		// The freed place in workshop A went to the first person waiting for it.
		assertThat(this.people.choiceStatus(bert)).isEqualTo("CONFIRMED");
		assertThat(this.people.taken(c.event().getId(), "S" + c.session(0))).isEqualTo(1);
		assertThat(this.people.taken(c.event().getId(), "S" + c.session(1))).isEqualTo(1);
		this.people.assertCountersMatchRows(c.event().getId());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void approvesAndRejectsRegistrationsAwaitingApproval() throws Exception {
		Conference c = this.fixtures.conference(2, 5);
		this.settings.save(new RegistrationSettings(c.event().getId(), true, false, true, null, false, null, null, 2,
				60, null));
		Long anna = this.people.register(c, "Anna Bakker", c.session(0));
		Long bert = this.people.register(c, "Bert Jansen", c.session(0));
		Long carla = this.people.register(c, "Carla Smit", c.session(0));
		assertThat(this.people.status(anna)).isEqualTo("PENDING_APPROVAL");
		assertThat(this.people.status(carla)).isEqualTo("WAITLISTED");
		this.mvc.perform(get(list(c)))
			.andExpect(content().string(allOf(containsString("Goedkeuren: Anna Bakker"),
					containsString("Afwijzen: Bert Jansen"), containsString("id=\"count-pending\">2<"))));

		this.mvc.perform(post(list(c) + "/" + anna + "/approve").with(csrf()))
			.andExpect(flash().attribute("notice", "registration.admin.approve.done"));
		assertThat(this.people.status(anna)).isEqualTo("CONFIRMED");
		this.mvc.perform(post(list(c) + "/" + anna + "/approve").with(csrf()))
			.andExpect(flash().attribute("error", "registration.admin.approve.notPending"));

		this.mvc.perform(get(list(c) + "/" + bert + "/reject"))
			.andExpect(content().string(containsString("Afwijzen: Bert Jansen")));
		this.mvc.perform(post(list(c) + "/" + bert + "/reject").with(csrf()))
			.andExpect(flash().attribute("notice", "registration.admin.reject.done"));
		assertThat(this.people.status(bert)).isEqualTo("REJECTED");
		// Bert's place went to Carla, who still needs approval.
		assertThat(this.people.status(carla)).isEqualTo("PENDING_APPROVAL");
		this.people.assertCountersMatchRows(c.event().getId());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void givesAFreePlaceToSomeoneWaitingOnlyWhenThereIsOne() throws Exception {
		Conference c = this.fixtures.conference(1, 5);
		this.people.register(c, "Anna Bakker", c.session(0));
		Long bert = this.people.register(c, "Bert Jansen", c.session(0));

		this.mvc.perform(post(list(c) + "/" + bert + "/promote").with(csrf()))
			.andExpect(flash().attribute("error", "registration.admin.promote.full"));
		assertThat(this.people.status(bert)).isEqualTo("WAITLISTED");

		// The counters follow a raised capacity first: the place goes to the first person waiting.
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.setCapacity(2);
		this.eventSeeds.save(event);
		this.mvc.perform(post(list(c) + "/" + bert + "/promote").with(csrf()))
			.andExpect(flash().attribute("notice", "registration.admin.promote.done"));
		assertThat(this.people.status(bert)).isEqualTo("CONFIRMED");
		assertThat(this.people.choiceStatus(bert)).isEqualTo("CONFIRMED");
		this.people.assertCountersMatchRows(c.event().getId());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void actionsOnARegistrationOfAnotherEventAreNotFound() throws Exception {
		Conference c = this.fixtures.conference(10, 5);
		Conference other = this.fixtures.conference(10, 5);
		Long anna = this.people.register(other, "Anna Bakker", other.session(0));
		this.mvc.perform(post(list(c) + "/" + anna + "/cancel").with(csrf())).andExpect(status().isNotFound());
		assertThat(this.people.status(anna)).isEqualTo("CONFIRMED");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void speaksEnglishToo() throws Exception {
		Conference c = this.fixtures.conference(10, 5);
		this.people.register(c, "Anna Bakker", c.session(0));
		this.mvc.perform(get(list(c)).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Cancel: Anna Bakker"),
					containsString("Number of registrations per status"))));
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
