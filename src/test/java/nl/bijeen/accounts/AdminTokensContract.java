package nl.bijeen.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisers create, see and revoke their API tokens at /admin/tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AdminTokensContract.WriteEndpoint.class)
abstract class AdminTokensContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@RestController
	@nl.bijeen.rights.Guard(nl.bijeen.rights.Need.SIGNED_IN)
	static class WriteEndpoint {

		@PostMapping("/api/test-tokens/ping")
		String ping() {
			return "pong";
		}

	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void createsATokenShownOnceThatWorksUntilRevoked() throws Exception {
		MvcResult created = this.mvc.perform(post("/admin/tokens").param("name", "Koppeling website")
				.param("scopes", "READ", "WRITE").param("days", "30").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/tokens"))
			.andReturn();
		String token = (String) created.getFlashMap().get(AdminTokensController.NEW_TOKEN);
		assertThat(token).startsWith("bij_");

		this.mvc.perform(get("/admin/tokens").cookie(created.getResponse().getCookies()).header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token)))
			.andExpect(content().string(containsString("Authorization: Bearer " + token)))
			.andExpect(content().string(containsString("maar \u00e9\u00e9n keer")));
		this.mvc.perform(get("/admin/tokens"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Koppeling website")))
			.andExpect(content().string(not(containsString(token))));

		this.mvc.perform(post("/api/test-tokens/ping").header("Authorization", "Bearer " + token).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string("pong"));
		ApiToken stored = this.tokens.findByTokenHashAndRevokedFalse(ApiTokenService.hash(token)).orElseThrow();
		assertThat(stored.lastUsedAt()).isNotNull();

		this.mvc.perform(post("/admin/tokens/" + stored.id() + "/revoke").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/api/test-tokens/ping").header("Authorization", "Bearer " + token).with(anonymous()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/tokens").header("Accept-Language", "nl"))
			.andExpect(content().string(containsString("Ingetrokken")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void requiresAName() throws Exception {
		this.mvc.perform(post("/admin/tokens").param("name", "  ").with(csrf()).header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een naam in")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	@WithMockUser(username = "someone-else", roles = "ORGANISER")
	void cannotRevokeSomeoneElsesToken(@Autowired ApiTokenService service) throws Exception {
		service.issue("admin", "Van de beheerder");
		ApiToken token = this.tokens.findAll().stream().filter(t -> t.name().equals("Van de beheerder")).findFirst().orElseThrow();
		try {
			int status = this.mvc.perform(post("/admin/tokens/" + token.id() + "/revoke").with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isEqualTo(404);
		}
		catch (Exception ex) {
			// without the HTML error pages in this context the 404 surfaces as the exception itself
			assertThat(ex).hasRootCauseInstanceOf(nl.bijeen.common.NotFoundException.class);
		}
		assertThat(this.tokens.findById(token.id()).orElseThrow().revoked()).isFalse();
	}

	@Test
	void needsLogin() throws Exception {
		this.mvc.perform(get("/admin/tokens").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
	}

}
