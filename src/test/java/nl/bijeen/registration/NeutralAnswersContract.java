package nl.bijeen.registration;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The answer to a registration never tells whether an address is registered: a new address, an address
 * that is already registered, a full event and a full workshop (both without waiting list) and a place on
 * the waiting list get the very same answer, on the form and in the API; the outcome goes by mail
 * (GreenMail), on H2 and PostgreSQL.
 */
abstract class NeutralAnswersContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormAnswersEveryOutcomeAlikeAndTellsTheOutcomeByMail() throws Exception {
		Conference c = fullSoon();
		Conference waiting = this.fixtures.conference(1, 10);
		this.registrations.register(RegistrationFixtures.request(waiting, "eerder@example.org", waiting.session(0), null, null));

		Map<String, Object> sessionFull = answer(form(c, "workshop@example.org", c.session(1)));
		Map<String, Object> fresh = answer(form(c, "nieuw@example.org", c.session(0)));
		Map<String, Object> existing = answer(form(c, "Nieuw@Example.org", c.session(0)));
		Map<String, Object> full = answer(form(c, "vol@example.org", c.session(0)));
		Map<String, Object> waitlisted = answer(form(waiting, "wacht@example.org", waiting.session(0)));

		assertThat(fresh.get("status")).isEqualTo(302);
		assertThat(fresh.get("location")).isEqualTo("/evenementen/" + c.event().getSlug() + "/aanmelden/controleer-uw-email");
		assertThat(existing).isEqualTo(fresh);
		assertThat(full).isEqualTo(fresh);
		assertThat(sessionFull).isEqualTo(fresh);
		// Another event, so another address to go to; the rest is the same.
		assertThat(waitlisted.remove("location"))
			.isEqualTo("/evenementen/" + waiting.event().getSlug() + "/aanmelden/controleer-uw-email");
		fresh.remove("location");
		assertThat(waitlisted).isEqualTo(fresh);
		assertOutcomesByMail(c);
	}

	@Test
	void theApiAnswersEveryOutcomeAlikeAndTellsTheOutcomeByMail() throws Exception {
		Conference c = fullSoon();
		Conference waiting = this.fixtures.conference(1, 10);
		this.registrations.register(RegistrationFixtures.request(waiting, "eerder@example.org", waiting.session(0), null, null));

		Map<String, Object> sessionFull = answer(api(c, "workshop@example.org", c.session(1)));
		Map<String, Object> fresh = answer(api(c, "nieuw@example.org", c.session(0)));
		Map<String, Object> existing = answer(api(c, "Nieuw@Example.org", c.session(0)));
		Map<String, Object> full = answer(api(c, "vol@example.org", c.session(0)));
		Map<String, Object> waitlisted = answer(api(waiting, "wacht@example.org", waiting.session(0)));

		assertThat(fresh.get("status")).isEqualTo(202);
		assertThat(existing).isEqualTo(fresh);
		assertThat(full).isEqualTo(fresh);
		assertThat(sessionFull).isEqualTo(fresh);
		assertThat(waitlisted).isEqualTo(fresh);
		assertOutcomesByMail(c);
	}

	@Test
	void mistakesInTheFormItselfAreStillShown() throws Exception {
		Conference c = fullSoon();
		MockHttpServletResponse response = this.mvc.perform(form(c, "geen-adres", c.session(0)).param("name", ""))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Vul een geldig e-mailadres in");
	}

	/**
	 * An event with two places and one round: workshop A with ten places, workshop B with one, already
	 * taken (so is one place of the event); no waiting list.
	 */
	private Conference fullSoon() {
		Conference c = this.fixtures.conference(2, 10, 1);
		this.jdbc.sql("insert into event_registration_settings (event_id, waiting_list_enabled) values (?, false)")
			.param(c.event().getId())
			.update();
		RegistrationResult first = this.registrations
			.register(RegistrationFixtures.request(c, "bezet@example.org", c.session(1), null, null));
		assertThat(first.kind()).isEqualTo(RegistrationResult.Kind.NEW);
		return c;
	}

	private void assertOutcomesByMail(Conference c) throws Exception {
		assertThat(this.jdbc.sql("select email from registration where event_id = ? order by email")
			.param(c.event().getId())
			.query(String.class)
			.list()).containsExactly("bezet@example.org", "nieuw@example.org");
		assertThat(SmtpInbox.text(inbox.receive("vol@example.org", "Geen plaats")))
			.contains("het evenement is vol en er is geen wachtlijst")
			.contains("U bent daarom niet aangemeld")
			.doesNotContain("/aanmelding/");
		assertThat(SmtpInbox.text(inbox.receive("workshop@example.org", "Geen plaats")))
			.contains("een workshop die u koos is vol")
			.contains("/evenementen/" + c.event().getSlug() + "/aanmelden");
		assertThat(SmtpInbox.text(inbox.receive("nieuw@example.org", "Uw persoonlijke link")))
			.contains("U bent al aangemeld")
			.contains("http://localhost:8080/aanmelding/");
		assertThat(SmtpInbox.text(inbox.receive("wacht@example.org", "wachtlijst"))).contains("U staat op de wachtlijst");
	}

	private Map<String, Object> answer(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", response.getStatus());
		answer.put("location", response.getRedirectedUrl());
		for (String name : response.getHeaderNames()) {
			if (name.equals("Location")) {
				continue;
			}
			answer.put("header " + name, response.getHeaders(name));
		}
		answer.put("body", response.getContentAsString(StandardCharsets.UTF_8));
		return answer;
	}

	private static MockHttpServletRequestBuilder form(Conference c, String email, Long session) {
		return post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
			.with(RegistrationPagesContract.client())
			.param("name", "Anna de Vries")
			.param("email", email)
			.param("choices[" + c.round().id() + "]", session.toString())
			.param("consent", "true")
			.param("formToken", UUID.randomUUID().toString());
	}

	private static MockHttpServletRequestBuilder api(Conference c, String email, Long session) {
		return post("/api/events/" + c.event().getId() + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.with(RegistrationPagesContract.client())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.content("{\"name\":\"Anna de Vries\",\"email\":\"" + email + "\",\"consent\":true,\"choices\":{\""
					+ c.round().id() + "\":" + session + "}}");
	}

}
