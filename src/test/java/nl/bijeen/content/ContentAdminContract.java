package nl.bijeen.content;

import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organiser's article and dossier screens: field errors, publishing now or later, editing, deleting
 * after confirmation, curating a dossier. Run on H2 and PostgreSQL, in the agenda tests' context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "bijeen.base-url=https://bijeen.example", "bijeen.test.context=agenda" })
// content needs an editor, an organisation administrator or the platform administrator (nl.bijeen.rights)
@WithMockUser(roles = "ADMIN")
abstract class ContentAdminContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSeeds events;

	@Autowired
	PeopleSeeds people;

	@Autowired
	ContentSeeds content;

	@Autowired
	nl.bijeen.materials.Materials materials;

	ContentFixtures data;

	@BeforeEach
	void setUp() {
		ContentFixtures.clean(this.jdbc);
		this.data = new ContentFixtures(this.events, this.people, this.content).basics();
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	MockHttpServletRequestBuilder article(String path) {
		return article(path, "Vijf vragen");
	}

	MockHttpServletRequestBuilder article(String path, String title) {
		return post(path).with(csrf())
			.param("kind", "INTERVIEW")
			.param("title", title)
			.param("lead", "Een interview.")
			.param("body", "## Vraag\n\nAntwoord met [link](https://example.org).")
			.param("eventIds", String.valueOf(this.data.upcoming.getId()))
			.param("themeIds", String.valueOf(this.data.empowerment.id()))
			.param("personIds", String.valueOf(this.data.peter.id()), "")
			.param("personRoles", "INTERVIEWED", "MENTIONED");
	}

	@Test
	void badInputGivesFieldErrorsAndStoresNothing() throws Exception {
		String html = page(post("/admin/articles").with(csrf())
			.param("kind", "NEWS")
			.param("title", " ")
			.param("slug", "Geen Slug!")
			.param("imageUrl", "javascript:alert(1)")
			.param("publishDate", "2027-13-40")
			.param("publishTime", "")
			.param("eventIds", "999999"));
		assertThat(html).contains("id=\"error-summary\"", "Vul een titel in.",
				"Gebruik alleen kleine letters, cijfers en streepjes.", "Vul een adres op deze site",
				"Beschrijf wat er op de afbeelding staat.", "Vul zowel de datum als de tijd in");
		assertThat(this.jdbc.sql("select count(*) from article").query(Long.class).single()).isZero();
		page(post("/admin/articles").with(csrf()).param("kind", "NOPE").param("title", "x"));
	}

	@Test
	void publishNowScheduleLaterEditAndDelete() throws Exception {
		this.mvc.perform(article("/admin/articles").param("published", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/articles/*"));
		assertThat(page(get("/artikelen/vijf-vragen"))).contains("<h2>Vraag</h2>", "Peter Rensen", "Inschrijven");
		long id = this.jdbc.sql("select id from article where slug = 'vijf-vragen'").query(Long.class).single();

		String later = ContentFixtures.NOW.plusDays(3).toLocalDate().toString();
		this.mvc.perform(article("/admin/articles", "Later").param("published", "true")
			.param("publishDate", later).param("publishTime", "09:30")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/artikelen/later")).andExpect(status().isNotFound());
		assertThat(page(get("/admin/articles"))).contains("Gepland voor", "Gepubliceerd op");

		String edit = page(get("/admin/articles/" + id));
		assertThat(edit).contains("value=\"Vijf vragen\"", "Verwijderen");
		Integer version = this.jdbc.sql("select version from article where id = ?").param(id).query(Integer.class).single();
		this.mvc.perform(article("/admin/articles/" + id, "Zes vragen").param("slug", "vijf-vragen")
			.param("published", "true").param("publishDate", ContentFixtures.NOW.minusDays(1).toLocalDate().toString())
			.param("publishTime", "08:00").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/artikelen/vijf-vragen"))).contains("<h1>Zes vragen</h1>");
		// The same form again: someone else changed it in the meantime.
		assertThat(page(article("/admin/articles/" + id).param("version", String.valueOf(version))))
			.contains("Iemand anders heeft dit intussen gewijzigd.");
		// Another article's address is taken.
		assertThat(page(article("/admin/articles").param("slug", "later"))).contains("Dit adres is al in gebruik");

		assertThat(page(get("/admin/articles/" + id + "/delete"))).contains("Ja, verwijder dit artikel");
		this.mvc.perform(post("/admin/articles/" + id + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/artikelen/vijf-vragen")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/articles/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void readAlsoShowsTheChosenArticlesFirstAndOnlyPublishedOnes() throws Exception {
		long chosen = this.content.article(new ContentSeeds.ArticleSeed("gekozen", ArticleKind.COLUMN, "Gekozen column",
				null, "Tekst.", null, ContentFixtures.NOW.minusDays(9), java.util.List.of(), java.util.List.of(),
				java.util.List.of(), java.util.Map.of()));
		long hidden = this.content.article(new ContentSeeds.ArticleSeed("verborgen", ArticleKind.COLUMN,
				"Verborgen column", null, "Tekst.", null, ContentFixtures.NOW.plusDays(9), java.util.List.of(),
				java.util.List.of(), java.util.List.of(), java.util.Map.of()));
		this.data.article("zelfde-thema", ArticleKind.NEWS, "Zelfde thema", ContentFixtures.NOW.minusDays(3), null);
		this.mvc.perform(article("/admin/articles").param("published", "true")
			.param("relatedIds", String.valueOf(hidden), String.valueOf(chosen)))
			.andExpect(status().is3xxRedirection());
		String html = page(get("/artikelen/vijf-vragen"));
		assertThat(html).contains("Lees ook", "href=\"/artikelen/gekozen\"", "href=\"/artikelen/zelfde-thema\"")
			.doesNotContain("Verborgen column");
		assertThat(html.indexOf("/artikelen/gekozen")).as("chosen before suggested")
			.isLessThan(html.indexOf("/artikelen/zelfde-thema"));
	}

	@Test
	void aDraftIsSeenByNobody() throws Exception {
		this.mvc.perform(article("/admin/articles")).andExpect(status().is3xxRedirection());
		assertThat(page(get("/admin/articles"))).contains("Concept");
		this.mvc.perform(get("/artikelen/vijf-vragen")).andExpect(status().isNotFound());
	}

	@Test
	void organisersCurateADossier() throws Exception {
		this.data.article("achtergrond", ArticleKind.BACKGROUND, "Achtergrond bij empowerment",
				ContentFixtures.NOW.minusDays(1), null);
		assertThat(page(get("/admin/dossiers"))).contains("href=\"/admin/dossiers/empowerment\"");
		assertThat(page(get("/admin/dossiers/empowerment"))).contains("Dit thema is een dossier");
		String bad = page(post("/admin/dossiers/empowerment").with(csrf())
			.param("dossier", "true")
			.param("items", "artikel: bestaat-niet\nzomaar tekst"));
		assertThat(bad).contains("Regel 1", "Regel 2");
		this.mvc.perform(post("/admin/dossiers/empowerment").with(csrf())
			.param("dossier", "true")
			.param("intro", "Een *inleiding*.")
			.param("items", "evenement: empowerment-conferentie\nartikel: achtergrond\nhttps://www.movisie.nl Movisie"))
			.andExpect(status().is3xxRedirection());
		String theme = page(get("/themas/empowerment"));
		assertThat(theme).contains("Een <em>inleiding</em>.", "href=\"https://www.movisie.nl\"");
		assertThat(theme.indexOf("Empowerment conferentie</a></h3>")).isLessThan(theme.indexOf("Achtergrond bij empowerment"));
		assertThat(page(get("/admin/dossiers/empowerment"))).contains("evenement: empowerment-conferentie");
		this.mvc.perform(post("/admin/dossiers/empowerment").with(csrf()).param("items", "")
			.param("version", String.valueOf(this.jdbc.sql("select version from dossier").query(Integer.class).single())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from dossier").query(Long.class).single()).isZero();
	}

	@Test
	void aDossierListsPublicFilesByNumberOrAddress() throws Exception {
		var slides = this.materials.seed(new nl.bijeen.materials.Upload(
				nl.bijeen.materials.MaterialOwner.event(this.data.upcoming.getId()), "Presentatie empowerment", false,
				"slides.pdf", nl.bijeen.materials.TestFiles.pdf("Empowerment in de wijk")));
		var closed = this.materials.seed(new nl.bijeen.materials.Upload(
				nl.bijeen.materials.MaterialOwner.event(this.data.upcoming.getId()), "Deelnemerslijst", true,
				"lijst.pdf", nl.bijeen.materials.TestFiles.pdf("Alleen voor deelnemers")));
		String bad = page(post("/admin/dossiers/empowerment").with(csrf())
			.param("dossier", "true")
			.param("items", "materiaal: " + closed.id() + "\nmateriaal: 999999\nmateriaal: zomaar"));
		assertThat(bad).contains("Regel 1", "Regel 2", "Regel 3", "geen openbaar bestand");
		this.mvc.perform(post("/admin/dossiers/empowerment").with(csrf())
			.param("dossier", "true")
			.param("items", "materiaal: " + slides.path() + "\nevenement: empowerment-conferentie"))
			.andExpect(status().is3xxRedirection());
		String theme = page(get("/themas/empowerment"));
		assertThat(theme).contains("href=\"" + slides.path() + "\"", "Presentatie empowerment", "PDF, ")
			.doesNotContain("Deelnemerslijst");
		assertThat(theme.indexOf("Presentatie empowerment")).isLessThan(theme.indexOf("Empowerment conferentie</a></h3>"));
		assertThat(page(get("/admin/dossiers/empowerment"))).contains("materiaal: " + slides.id());

		// A file made for registrants only later leaves the dossier's page; a file deleted leaves the dossier.
		this.jdbc.sql("update material set registrants_only = true where id = ?").param(slides.id()).update();
		assertThat(page(get("/themas/empowerment"))).doesNotContain("Presentatie empowerment");
		this.jdbc.sql("delete from material where id = ?").param(slides.id()).update();
		assertThat(this.jdbc.sql("select count(*) from dossier_item where material_id is not null").query(Long.class)
			.single()).isZero();
	}

}
