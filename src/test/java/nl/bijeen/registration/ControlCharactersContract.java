package nl.bijeen.registration;

import java.util.UUID;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Control characters in single-line fields are field errors (nl/en), on the public form, in the API and
 * in the organisers' forms, and nothing is stored; on H2 and PostgreSQL (which cannot store NUL at all).
 */
abstract class ControlCharactersContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRegistrationFormRefusesLineBreaksAndNulInSingleLineFields() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.mvc.perform(post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
				.with(RegistrationPagesContract.client())
				.param("name", "Anna\r\nBcc: iedereen@example.org")
				.param("email", "anna@example.org")
				.param("organisation", "Gemeente\u0000Utrecht")
				.param("choices[" + c.round().id() + "]", c.session(0).toString())
				.param("consent", "true")
				.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("href=\"#organisation\"")))
			.andExpect(content().string(containsString("geen regeleinden of andere onzichtbare stuurtekens")));
		this.mvc.perform(post("/api/events/" + c.event().getId() + "/registrations")
				.with(RegistrationPagesContract.client())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Anna\\u0000\",\"email\":\"anna@example.org\",\"consent\":true,\"choices\":{\""
						+ c.round().id() + "\":" + c.session(0) + "}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("may not contain line breaks")));
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?")
			.param(c.event().getId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void organisersFormsAndTheWriteApiRefuseThemToo() throws Exception {
		this.mvc.perform(post("/admin/themes").with(csrf()).with(user("admin").roles("ADMIN"))
				.param("name", "Thema\nmet regeleinde")
				.param("slug", "thema-" + UUID.randomUUID().toString().substring(0, 8)))
			.andExpect(content().string(containsString("regeleinden, tabs of andere onzichtbare stuurtekens")));
		this.mvc.perform(post("/api/events").with(user("admin").roles("ADMIN"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Titel\\r\\nX\",\"startsAt\":\"2031-03-01T10:00:00\","
						+ "\"endsAt\":\"2031-03-01T12:00:00\",\"imageUrl\":\"javascript:alert(1)\","
						+ "\"imageAlt\":\"Beeld\"}"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("line breaks, tabs or other invisible control characters")))
			.andExpect(content().string(containsString("starting with http:// or https://")));
		assertThat(this.jdbc.sql("select count(*) from theme where name like 'Thema%regeleinde'")
			.query(Integer.class)
			.single()).isZero();
	}

}
