package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every API error is RFC 9457 problem+json in the request's language; HTML controllers are left alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ ProblemTestControllers.Api.class, ProblemTestControllers.Html.class })
@WithMockUser(roles = "ADMIN")
abstract class ApiProblemsContract {

	@Autowired
	MockMvc mvc;

	@Test
	void invalidQueryParametersGiveFieldErrorsInDutchAndEnglish() throws Exception {
		String dutch = problem(this.mvc.perform(get("/api/events").param("size", "500").header("Accept-Language", "nl")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.detail").value(containsString("Niet alle gegevens")))
			.andReturn().getResponse().getContentAsString();
		String english = problem(this.mvc.perform(get("/api/events").param("size", "500").header("Accept-Language", "en")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andReturn().getResponse().getContentAsString();
		assertThat(dutch).isNotEqualTo(english);
		problem(this.mvc.perform(get("/api/people").param("size", "0").header("Accept-Language", "en")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		problem(this.mvc.perform(get("/api/events").param("from", "2027-02-01").param("to", "2027-01-01")
			.header("Accept-Language", "nl")), 400)
			.andExpect(jsonPath("$.errors[0].message").value(containsString("einddatum")));
	}

	@Test
	void invalidBodiesGiveFieldErrorsInTheRequestedLanguage() throws Exception {
		problem(this.mvc.perform(post("/api/test-problems/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"count\":11}").header("Accept-Language", "en")), 400)
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").exists());
	}

	@Test
	void typeMismatchAndMalformedJsonAreBadRequests() throws Exception {
		problem(this.mvc.perform(get("/api/events").param("type", "BANANA")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("BANANA")));
		problem(this.mvc.perform(get("/api/people").param("page", "first")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		problem(this.mvc.perform(post("/api/test-problems/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
	}

	@Test
	void unknownThingsAreNotFound() throws Exception {
		problem(this.mvc.perform(get("/api/events/no-such-event")), 404);
		problem(this.mvc.perform(get("/api/test-problems/missing")), 404);
		problem(this.mvc.perform(get("/api/no-such-endpoint")), 404)
			.andExpect(jsonPath("$.instance").value("/api/no-such-endpoint"));
	}

	@Test
	void wrongMethodAndMediaTypeAreReported() throws Exception {
		problem(this.mvc.perform(patch("/api/themes").header("Accept-Language", "en")), 405)
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.detail").value(containsString("PATCH")));
		problem(this.mvc.perform(post("/api/test-problems/things").contentType(MediaType.TEXT_PLAIN).content("x")), 415);
	}

	@Test
	void conflictsAre409() throws Exception {
		this.mvc.perform(post("/api/test-problems/themes").param("slug", "dubbel")).andExpect(status().isOk());
		problem(this.mvc.perform(post("/api/test-problems/themes").param("slug", "dubbel")), 409)
			.andExpect(jsonPath("$.detail").value(containsString("al in gebruik")));
		problem(this.mvc.perform(post("/api/test-problems/stale")), 409);
		problem(this.mvc.perform(get("/api/test-problems/conflict").header("Accept-Language", "en")), 409)
			.andExpect(jsonPath("$.detail").value(containsString("Someone else")));
	}

	@Test
	void unexpectedErrorsAreGeneric500sWithoutInternals() throws Exception {
		problem(this.mvc.perform(get("/api/test-problems/boom")), 500)
			.andExpect(content().string(not(containsString("secret internal detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at nl.bijeen"))));
	}

	@Test
	void htmlControllersAreNotAnsweredWithProblemJson() {
		try {
			String type = this.mvc.perform(get("/test-problems/html-missing").accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getContentType();
			assertThat(type).doesNotContain("problem+json");
		}
		catch (Exception ex) {
			// no HTML error handling in this test context: the exception went past the API handler
			assertThat(ex).hasRootCauseMessage("html page gone");
		}
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").exists())
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.instance").isNotEmpty())
			.andExpect(content().string(not(containsString("trace"))));
	}


}
