package nl.bijeen.pages;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statement pages and their editing, run on H2 ({@link PagesH2IntegrationTests}) and PostgreSQL
 * ({@link PagesPostgresIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PagesIntegrationContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	private List<Page> seeded;

	@BeforeEach
	void rememberTexts() {
		this.seeded = this.pages.findAll();
	}

	@AfterEach
	void restoreTexts() {
		for (Page original : this.seeded) {
			Page current = this.pages.findById(original.id()).orElseThrow();
			this.pages.save(new Page(original.id(), original.slug(), original.titleNl(), original.bodyNl(),
					original.titleEn(), original.bodyEn(), original.updatedAt(), current.version()));
		}
	}

	@Test
	void seedsBothStatementsInDutchAndEnglish() throws Exception {
		this.mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Privacyverklaring</h1>")))
			.andExpect(content().string(containsString("persoonlijke link")));
		this.mvc.perform(get("/toegankelijkheid").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Accessibility statement</h1>")))
			.andExpect(content().string(containsString("WCAG")))
			.andExpect(content().string(not(containsString("only available in Dutch"))));
	}

	@Test
	void englishReadersSeeTheDutchTextWhenThereIsNoTranslation() throws Exception {
		Page page = this.pages.findBySlug("privacy").orElseThrow();
		this.pages.save(new Page(page.id(), page.slug(), page.titleNl(), page.bodyNl(), null, null, page.updatedAt(),
				page.version()));
		this.mvc.perform(get("/privacy").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("This page is only available in Dutch.")))
			.andExpect(content().string(containsString("<article class=\"prose\" lang=\"nl\">")))
			.andExpect(content().string(containsString("<h1>Privacyverklaring</h1>")));
	}

	@Test
	void editingNeedsSignInAndTheAdministratorRole() throws Exception {
		this.mvc.perform(get("/admin/pages").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "ORGANISER")
	void organisersMayNotEditTheStatements() throws Exception {
		// not for them: answered as if it did not exist (the rights module's rule, nl.bijeen.rights)
		this.mvc.perform(get("/admin/pages")).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/pages/privacy").with(csrf()).param("titleNl", "Gekaapt").param("bodyNl", "<p>x</p>"))
			.andExpect(status().isNotFound());
		assertThat(this.pages.findBySlug("privacy").orElseThrow().titleNl()).isEqualTo("Privacyverklaring");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorSavesASanitisedText() throws Exception {
		Page before = this.pages.findBySlug("toegankelijkheid").orElseThrow();
		this.mvc.perform(get("/admin/pages")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/pages/toegankelijkheid")));
		this.mvc.perform(post("/admin/pages/toegankelijkheid").with(csrf())
				.param("titleNl", " Toegankelijkheid ")
				.param("bodyNl", "<p onclick=\"steal()\">Wij doen ons best.</p><script>alert(1)</script>")
				.param("titleEn", "")
				.param("bodyEn", "")
				.param("version", String.valueOf(before.version())))
			.andExpect(redirectedUrl("/admin/pages"))
			.andExpect(flash().attribute("flash", "pages.edit.saved"));
		Page after = this.pages.findBySlug("toegankelijkheid").orElseThrow();
		assertThat(after.titleNl()).isEqualTo("Toegankelijkheid");
		assertThat(after.bodyNl()).isEqualTo("<p>Wij doen ons best.</p>");
		assertThat(after.titleEn()).isNull();
		assertThat(after.bodyEn()).isNull();
		assertThat(after.updatedAt()).isAfterOrEqualTo(before.updatedAt());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void missingDutchTitleOrHalfATranslationIsRefusedAndNothingIsStored() throws Exception {
		Page before = this.pages.findBySlug("privacy").orElseThrow();
		this.mvc.perform(post("/admin/pages/privacy").with(csrf())
				.param("titleNl", " ")
				.param("bodyNl", "<p>Nieuw</p>")
				.param("titleEn", "Privacy")
				.param("bodyEn", "")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "titleNl", "bodyEn"))
			.andExpect(content().string(containsString("Vul een Nederlandse titel in.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.pages.findBySlug("privacy").orElseThrow()).isEqualTo(before);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aChangeMadeInTheMeantimeIsNotOverwritten() throws Exception {
		Page before = this.pages.findBySlug("privacy").orElseThrow();
		this.mvc.perform(post("/admin/pages/privacy").with(csrf())
				.param("titleNl", "Oud")
				.param("bodyNl", "<p>Oud</p>")
				.param("version", String.valueOf(before.version() - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft deze pagina intussen gewijzigd.")));
		assertThat(this.pages.findBySlug("privacy").orElseThrow()).isEqualTo(before);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void unknownPageGivesTheFriendly404Page() throws Exception {
		this.mvc.perform(get("/admin/pages/bestaat-niet").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Deze pagina bestaat niet (meer)")));
	}

}
