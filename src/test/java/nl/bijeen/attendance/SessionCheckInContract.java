package nl.bijeen.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attendance per workshop, answers shown at check-in, the live counter and walk-ins; on H2
 * ({@link SessionCheckInH2IntegrationTests}) and PostgreSQL ({@link SessionCheckInPostgresIntegrationTests}).
 */
abstract class SessionCheckInContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	SessionCheckIns sessionCheckIns;

	@Autowired
	SessionsAttended attended;

	@Autowired
	CheckIns checkIns;

	@Autowired
	CheckInCodes codes;

	@Autowired
	WalkInCheckIns walkIns;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoDevicesScanningTheSameCodeForAWorkshopMakeOneRow() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		Long id = register(c, "sessie-twee@example.org", c.session(1)).registrationId();
		String code = this.codes.of(id);
		Long eventId = c.event().getId();
		for (int round = 0; round < 10; round++) {
			this.sessionCheckIns.undo(eventId, c.session(1), id);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<CheckIn>> scans = new ArrayList<>();
				for (int device = 0; device < 2; device++) {
					scans.add(pool.submit(() -> {
						start.await();
						return this.sessionCheckIns.byCode(eventId, c.session(1), code, "zaal");
					}));
				}
				start.countDown();
				CheckIn first = scans.get(0).get();
				CheckIn second = scans.get(1).get();
				assertThat(List.of(first.already(), second.already())).containsExactlyInAnyOrder(true, false);
				assertThat(first.checkedInAt()).isEqualTo(second.checkedInAt());
				assertThat(first.sessionId()).isEqualTo(c.session(1));
			}
			finally {
				pool.shutdown();
			}
			assertThat(this.jdbc.sql("select count(*) from session_attendance where registration_id = ?").param(id)
				.query(Integer.class).single()).isEqualTo(1);
		}
		// Not checked in at the door by a workshop scan; only those with a place in the workshop can be.
		assertThat(this.checkIns.arrivals(eventId).arrived()).isZero();
		assertThat(this.attended.of(id)).containsExactly(c.session(1));
		assertThat(this.attended.ofEvent(eventId)).containsEntry(id, List.of(c.session(1)));
		assertThatThrownBy(() -> this.sessionCheckIns.byCode(eventId, c.session(0), code, null))
			.isInstanceOf(UnknownCode.class);
		Conference other = this.fixtures.conference(100, 25);
		assertThatThrownBy(() -> this.sessionCheckIns.byCode(eventId, other.session(0), code, null))
			.isInstanceOf(nl.bijeen.common.NotFoundException.class);
		Arrivals arrivals = this.sessionCheckIns.arrivals(eventId, c.session(1), false);
		assertThat(arrivals.arrived()).isEqualTo(1);
		assertThat(arrivals.expected()).isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theScreenChecksInPerWorkshopWithItsOwnCounterAndLiveList() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		Long anna = register(c, "ws-anna@example.org", c.session(0)).registrationId();
		register(c, "ws-bram@example.org", c.session(0));
		register(c, "ws-cor@example.org", c.session(1));
		String screen = "/admin/events/" + c.event().getId() + "/check-in";
		String inSession = screen + "?sessie=" + c.session(0);
		this.mvc.perform(get(screen).param("sessie", c.session(0).toString())).andExpect(status().isOk())
			.andExpect(content().string(containsString("0 van de 2 aanwezig")))
			.andExpect(content().string(containsString("Aanmelden voor de workshop: Workshop A")))
			.andExpect(content().string(containsString("hx-trigger=\"every 5s [!this.contains(document.activeElement)]\"")))
			.andExpect(content().string(containsString("aria-live=\"polite\"")));
		CheckIn first = (CheckIn) this.mvc.perform(post(inSession).with(csrf()).param("code", this.codes.of(anna)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(inSession))
			.andReturn().getFlashMap().get("checkIn");
		assertThat(first.already()).isFalse();
		CheckIn again = (CheckIn) this.mvc.perform(post(inSession).with(csrf()).param("code", this.codes.of(anna)))
			.andReturn().getFlashMap().get("checkIn");
		assertThat(again.already()).isTrue();
		this.mvc.perform(get(screen + "/live").param("sessie", c.session(0).toString())).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 van de 2 aanwezig")))
			.andExpect(content().string(containsString("Nog niet aanwezig (1)")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get(screen + "/live")).andExpect(content().string(containsString("0 van de 3 aanwezig")));
		this.mvc.perform(post(inSession).with(csrf()).param("code", this.codes.of(this.attendeeId(c, "ws-cor@example.org"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("niemand met een plaats in deze workshop")));
		this.mvc.perform(post(screen + "/" + anna + "/undo").param("sessie", c.session(0).toString()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(inSession)).andExpect(content().string(containsString("0 van de 2 aanwezig")));
		this.mvc.perform(post(screen + "/" + anna).param("sessie", c.session(0).toString()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.attended.of(anna)).containsExactly(c.session(0));
	}

	@Test
	void theApiScansUndoesAndListsPerWorkshop() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long anna = register(c, "ws-api@example.org", c.session(0)).registrationId();
		String url = "/api/events/" + c.event().getId() + "/sessions/" + c.session(0) + "/check-ins";
		String body = "{\"code\":\"" + this.codes.of(anna) + "\"}";
		this.mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		String bearer = "Bearer " + this.tokens.issue("admin", "session check-in tests");
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.already").value(false));
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.already").value(true));
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.arrived").value(1)).andExpect(jsonPath("$.expected").value(1));
		this.mvc.perform(delete(url + "/" + anna).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNoContent());
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(jsonPath("$.arrived").value(0));
		this.mvc.perform(get("/api/events/" + c.event().getId() + "/sessions/999999/check-ins")
				.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("/api/events/{id}/sessions/{sessionId}/check-ins")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersMarkedShowAtCheckInAreShownWithThePerson() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long eventId = c.event().getId();
		RegistrationQuestion diet = this.questions.save(RegistrationQuestion.create(eventId, QuestionKind.TEXT,
				"Dieetwensen", false, null, 1, true));
		RegistrationQuestion photos = this.questions.save(RegistrationQuestion.create(eventId, QuestionKind.TEXT,
				"Waar hoorde u van ons?", false, null, 2, false));
		RegistrationRequest request = RegistrationFixtures.request(c, "antwoord@example.org", c.session(0), null, null);
		RegistrationResult anna = this.registrations.register(new RegistrationRequest(eventId, request.applicant(), true,
				request.picks(), Map.of(diet.id(), List.of("Glutenvrij"), photos.id(), List.of("Via de nieuwsbrief")), null));
		CheckIn checkIn = this.checkIns.byRegistration(eventId, anna.registrationId(), null);
		assertThat(checkIn.answers()).extracting(a -> a.question() + "=" + a.answer()).containsExactly("Dieetwensen=Glutenvrij");
		String screen = "/admin/events/" + eventId + "/check-in";
		this.mvc.perform(get(screen).param("q", "antwoord")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Glutenvrij")))
			.andExpect(content().string(not(containsString("Via de nieuwsbrief"))));
		String bearer = "Bearer " + this.tokens.issue("admin", "answers tests");
		this.mvc.perform(get("/api/events/" + eventId + "/check-ins").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.participants[0].answers[0].answer").value("Glutenvrij"));
		// The organiser's question form sets the flag.
		this.mvc.perform(post("/admin/events/" + eventId + "/registration-settings/questions/" + photos.id()).with(csrf())
				.param("text", "Waar hoorde u van ons?").param("kind", "TEXT").param("position", "2")
				.param("showAtCheckIn", "true").param("_showAtCheckIn", "on").param("version", photos.version().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.questions.findById(photos.id()).orElseThrow().showAtCheckIn()).isTrue();
		this.mvc.perform(get("/admin/events/" + eventId + "/registration-settings/questions/" + diet.id()))
			.andExpect(content().string(containsString("Tonen bij check-in")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aWalkInIsRegisteredAndCheckedInWhenThereIsRoomAndRefusedWhenFull() throws Exception {
		Conference c = this.fixtures.conference(2, 25);
		Long eventId = c.event().getId();
		register(c, "vol-eerste@example.org", c.session(0));
		String screen = "/admin/events/" + eventId + "/check-in";
		this.mvc.perform(get(screen)).andExpect(content().string(containsString("Ter plekke aanmelden")));
		CheckIn walkIn = (CheckIn) this.mvc.perform(post(screen + "/walk-in").with(csrf())
				.param("name", "Wim Binnenloper").param("email", "Wim@Example.org").param("organisation", "Buurtteam")
				.param("choices[" + c.round().id() + "]", c.session(0).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("checkIn");
		assertThat(walkIn.already()).isFalse();
		assertThat(walkIn.attendee().name()).isEqualTo("Wim Binnenloper");
		assertThat(walkIn.attendee().sessions()).containsExactly("Workshop A");
		assertThat(this.jdbc.sql("select status from registration where id = ?").param(walkIn.attendee().registrationId())
			.query(String.class).single()).isEqualTo("CONFIRMED");
		assertThat(inbox.receive("wim@example.org", "")).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and detail = 'walk-in registered on site'")
			.param(eventId).query(Integer.class).single()).isEqualTo(1);
		// Full: waiting list is on by default, but a walk-in gets a place or nothing.
		this.mvc.perform(post(screen + "/walk-in").with(csrf()).param("name", "Vera Laat").param("email", "vera@example.org")
				.param("choices[" + c.round().id() + "]", c.session(0).toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Vol: er is geen plaats meer")));
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?").param(eventId)
			.query(Integer.class).single()).isEqualTo(2);
		// The same address again: already there with a place, checked in, no new registration.
		CheckIn again = (CheckIn) this.mvc.perform(post(screen + "/walk-in").with(csrf()).param("name", "Wim")
				.param("email", "wim@example.org").param("choices[" + c.round().id() + "]", c.session(0).toString()))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("checkIn");
		assertThat(again.already()).isTrue();
		// Badly filled in: field errors.
		this.mvc.perform(post(screen + "/walk-in").with(csrf()).param("name", "").param("email", "geen-adres"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void aWalkInAfterTheStartWithApprovalRequiredIsConfirmedAtOnce() {
		Conference c = this.fixtures.conference(10);
		Long eventId = c.event().getId();
		this.jdbc.sql("insert into event_registration_settings (event_id, approval_required) values (?, true)")
			.param(eventId).update();
		this.jdbc.sql("update event set starts_at = ?, registration_closes_at = ? where id = ?")
			.params(java.time.LocalDateTime.now().minusHours(1), java.time.LocalDateTime.now().minusDays(1), eventId).update();
		WalkInCheckIns.Result result = this.walkIns.register(eventId, null, "Door Loper", "loper@example.org", null,
				Map.of(), null);
		assertThat(result.walkIn().outcome()).isEqualTo(nl.bijeen.registration.WalkIn.Outcome.REGISTERED);
		assertThat(result.checkIn()).isNotNull();
		assertThat(this.jdbc.sql("select status from registration where id = ?").param(result.walkIn().registrationId())
			.query(String.class).single()).isEqualTo("CONFIRMED");
	}

	private Long attendeeId(Conference c, String email) {
		return this.jdbc.sql("select id from registration where event_id = ? and email = ?")
			.params(c.event().getId(), email).query(Long.class).single();
	}

	private RegistrationResult register(Conference c, String email, Long session) {
		return this.registrations.register(RegistrationFixtures.request(c, email, session, null, null));
	}

}
