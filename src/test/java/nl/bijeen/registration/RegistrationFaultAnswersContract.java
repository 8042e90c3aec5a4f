package nl.bijeen.registration;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.CounterLock;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the form and the API answer when the database is busy (503 with Retry-After, a clear message,
 * nothing stored) and when the wait for a registration runs out while it is being stored (not a failure:
 * the outcome comes by mail, and the same request again tells it). On H2 and PostgreSQL.
 */
abstract class RegistrationFaultAnswersContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationProperties properties;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private Duration lockTimeout;

	private Duration batchLockTimeout;

	private Duration waitTimeout;

	@BeforeEach
	void rememberSettings() {
		this.lockTimeout = this.properties.getLockTimeout();
		this.batchLockTimeout = this.properties.getBatchLockTimeout();
		this.waitTimeout = this.properties.getWaitTimeout();
	}

	@AfterEach
	void restoreSettings() {
		this.properties.setLockTimeout(this.lockTimeout);
		this.properties.setBatchLockTimeout(this.batchLockTimeout);
		this.properties.setWaitTimeout(this.waitTimeout);
	}

	@Test
	void aBusyDatabaseIsAnswered503WithRetryAfterAndNothingIsStored() throws Exception {
		this.properties.setLockTimeout(Duration.ofMillis(300));
		this.properties.setBatchLockTimeout(Duration.ofMillis(100));
		Conference c = this.fixtures.conference(100, 25);
		this.registrations.register(RegistrationFixtures.request(c, "eerst@example.org", c.session(0), null, null));
		try (CounterLock lock = CounterLock.of(this.dataSource, c.event().getId())) {
			this.mvc.perform(api(c, "api-druk@example.org").header("Idempotency-Key", UUID.randomUUID().toString()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://bijeen.nl/problems/registration-busy"))
				.andExpect(jsonPath("$.detail").value(containsString("Er is niets opgeslagen")));
			String token = UUID.randomUUID().toString();
			this.mvc.perform(form(c, "form-druk@example.org", token))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().string(containsString("te druk om uw aanmelding op te slaan")))
				.andExpect(content().string(containsString(token)));
		}
		assertThat(count(c)).as("nothing of the busy requests is stored").isEqualTo(1);
		assertThat(this.jdbc.sql("select taken from seat_counter where event_id = ? and name = 'VENUE'")
			.param(c.event().getId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aWaitThatRunsOutWhileStoringIsNotAFailureAndTheRetryTellsTheOutcome() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.registrations.register(RegistrationFixtures.request(c, "eerst@example.org", c.session(0), null, null));
		this.properties.setBatchLockTimeout(Duration.ofSeconds(8));
		String key = UUID.randomUUID().toString();
		try (CounterLock lock = CounterLock.of(this.dataSource, c.event().getId())) {
			this.properties.setWaitTimeout(Duration.ofMillis(300));
			this.mvc.perform(api(c, "api-later@example.org").header("Idempotency-Key", key))
				.andExpect(status().isAccepted())
				.andExpect(jsonPath("$.status").value("PROCESSING"))
				.andExpect(jsonPath("$.message").value(containsString("dezelfde Idempotency-Key")));
		}
		awaitCount(c, 2);
		String token = UUID.randomUUID().toString();
		try (CounterLock lock = CounterLock.of(this.dataSource, c.event().getId())) {
			this.mvc.perform(form(c, "form-later@example.org", token))
				.andExpect(status().isAccepted())
				.andExpect(content().string(containsString("Uw aanmelding wordt nog verwerkt")))
				.andExpect(content().string(containsString("value=\"" + token + "\"")));
		}
		awaitCount(c, 3);
		this.properties.setWaitTimeout(Duration.ofSeconds(30));
		this.mvc.perform(api(c, "api-later@example.org").header("Idempotency-Key", key))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		this.mvc.perform(form(c, "form-later@example.org", token))
			.andExpect(status().is3xxRedirection());
		assertThat(count(c)).as("the retries found the registrations, none twice").isEqualTo(3);
	}

	private void awaitCount(Conference c, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (count(c) < expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(count(c)).as("stored once the lock was gone").isEqualTo(expected);
	}

	private int count(Conference c) {
		return this.jdbc.sql("select count(*) from registration where event_id = ?")
			.param(c.event().getId())
			.query(Integer.class)
			.single();
	}

	private static MockHttpServletRequestBuilder api(Conference c, String email) {
		return post("/api/events/" + c.event().getId() + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.with(RegistrationPagesContract.client())
			.content("{\"name\":\"Anna de Vries\",\"email\":\"" + email + "\",\"consent\":true,\"choices\":{\""
					+ c.round().id() + "\":" + c.session(0) + "}}");
	}

	private static MockHttpServletRequestBuilder form(Conference c, String email, String token) {
		return post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
			.with(RegistrationPagesContract.client())
			.param("name", "Bram Jansen")
			.param("email", email)
			.param("consent", "true")
			.param("choices[" + c.round().id() + "]", c.session(0).toString())
			.param("formToken", token);
	}

}
