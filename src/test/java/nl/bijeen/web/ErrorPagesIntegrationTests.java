package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Browsers get friendly HTML error pages; API clients never do.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void unknownPageInABrowserGivesTheDutch404Page() throws Exception {
		this.mvc.perform(get("/bestaat-niet").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Deze pagina bestaat niet (meer)")))
			.andExpect(content().string(containsString("href=\"/bestaat-niet?lang=en\"")));
	}

	@Test
	void unknownPageInEnglish() throws Exception {
		this.mvc.perform(get("/bestaat-niet").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This page does not exist (any more)")));
	}

	@Test
	void unknownApiAddressGivesProblemJsonEvenToABrowser() throws Exception {
		this.mvc.perform(get("/api/bestaat-niet").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void unknownAddressForAJsonClientGivesProblemJson() throws Exception {
		this.mvc.perform(get("/bestaat-niet").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void wrongMethodOnAPageGivesTheGeneralClientErrorPage() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/login")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("Dit lukt helaas niet")));
	}

	@Test
	void viewNamesForEveryStatus() {
		org.assertj.core.api.Assertions.assertThat(ErrorPages.viewName(400)).isEqualTo("error/400");
		org.assertj.core.api.Assertions.assertThat(ErrorPages.viewName(403)).isEqualTo("error/403");
		org.assertj.core.api.Assertions.assertThat(ErrorPages.viewName(404)).isEqualTo("error/404");
		org.assertj.core.api.Assertions.assertThat(ErrorPages.viewName(405)).isEqualTo("error/4xx");
		org.assertj.core.api.Assertions.assertThat(ErrorPages.viewName(503)).isEqualTo("error/500");
	}

}
