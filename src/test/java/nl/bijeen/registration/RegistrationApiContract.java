package nl.bijeen.registration;

import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration API: neutral 202 answers, idempotency, problem details, and the personal token
 * endpoints, on H2 and PostgreSQL.
 */
abstract class RegistrationApiContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringAnswersTheSameNeutralAcceptedForNewRepeatedAndExistingAddresses() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		String key = UUID.randomUUID().toString();
		String first = this.mvc.perform(register(c, "api@example.org").header("Idempotency-Key", key))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andReturn().getResponse().getContentAsString();
		String repeat = this.mvc.perform(register(c, "api@example.org").header("Idempotency-Key", key))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		String existing = this.mvc.perform(register(c, "API@example.org"))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		assertThat(repeat).isEqualTo(first).isEqualTo(existing);
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?").param(c.event().getId())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void badInputIsAProblemWithFieldErrors() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.mvc.perform(post("/api/events/" + c.event().getId() + "/registrations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Anna\",\"email\":\"geen-adres\",\"consent\":true,\"choices\":{\"" + c.round().id()
						+ "\":999999}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("choices[" + c.round().id() + "]")));
		this.mvc.perform(post("/api/events/" + c.event().getId() + "/registrations").contentType(MediaType.APPLICATION_JSON)
				.content("{niet json"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/events/999999/registrations").contentType(MediaType.APPLICATION_JSON)
				.content(body(c, "x@example.org")))
			.andExpect(status().isNotFound());
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.cancel();
		this.eventSeeds.save(event);
		this.mvc.perform(register(c, "laat@example.org")).andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?").param(c.event().getId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theTokenShowsChangesAndCancelsTheRegistration() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 1);
		this.registrations.register(RegistrationFixtures.request(c, "vol@example.org", c.session(1), null, null));
		RegistrationResult result = this.registrations
			.register(RegistrationFixtures.request(c, "token@example.org", c.session(0), null, null));
		String url = "/api/registrations/" + result.token();
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.choices[0].session").value("Workshop A"));
		this.mvc.perform(patch(url).contentType(MediaType.APPLICATION_JSON)
				.content("{\"choices\":{\"" + c.round().id() + "\":" + c.session(1) + "}}"))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(url)).andExpect(status().isNoContent());
		this.mvc.perform(get(url)).andExpect(jsonPath("$.status").value("CANCELLED"));
		this.mvc.perform(get("/api/registrations/" + "B".repeat(43))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder register(Conference c, String email) {
		return post("/api/events/" + c.event().getId() + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.with(RegistrationPagesContract.client())
			.content(body(c, email));
	}

	private static String body(Conference c, String email) {
		return "{\"name\":\"Anna de Vries\",\"email\":\"" + email + "\",\"consent\":true,\"choices\":{\""
				+ c.round().id() + "\":" + c.session(0) + "}}";
	}

}
