package nl.bijeen.events.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisers' pages are for signed-in organisers only; the first administrator can sign in and use them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/events", "/admin/events/new", "/admin/events/1", "/admin/events/1/preview",
			"/admin/people", "/admin/people/new", "/admin/organisations", "/admin/themes", "/admin/audiences",
			"/admin/venues/new" })
	void redirectsAnonymousVisitorsToTheLoginPage(String url) throws Exception {
		this.mvc.perform(get(url).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void letsTheAdministratorInAfterSigningIn() throws Exception {
		// The session lives in the shared session store; its cookie names it.
		Cookie[] session = this.mvc.perform(formLogin("/login").user("admin").password("admin-test-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookies();
		this.mvc.perform(get("/admin").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/events/new\"")));
	}

}
