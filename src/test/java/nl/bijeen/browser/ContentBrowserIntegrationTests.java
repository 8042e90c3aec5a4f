package nl.bijeen.browser;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.browser.BrowserFixtures.Conference;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ArticleRole;
import nl.bijeen.content.ContentSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds nothing on the article pages, a theme that is a dossier and the organiser's article and
 * dossier screens (with their error summaries); public pages reflow at 320 CSS pixels.
 */
class ContentBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Autowired
	ContentSeeds content;

	private Conference conference;

	private String slug;

	@BeforeEach
	void articles() {
		this.conference = this.fixtures.conference("Conferentie Over Artikelen", 20);
		String key = this.conference.theme().slug();
		this.slug = "interview-" + key;
		long interview = this.content.article(new ContentSeeds.ArticleSeed(this.slug, ArticleKind.INTERVIEW,
				"Vijf vragen over de sociale basis", "Een adviseur vertelt waarom de wijk ertoe doet.",
				"## Wat gaat er mis?\n\n> Er ging veel aandacht naar hulp aan personen.\n\n- een\n- twee\n\n"
						+ "Lees het [dossier](/themas/" + key + ").",
				"Redactie", LocalDateTime.now().minusDays(1), List.of(this.conference.event().getId()),
				List.of(this.conference.theme().id()), List.of(this.conference.organisation().id()),
				Map.of(this.conference.chair().id(), ArticleRole.INTERVIEWED)));
		this.content.article(new ContentSeeds.ArticleSeed("nieuws-" + key, ArticleKind.NEWS, "Nieuws over het panel",
				"Vier voorlopers in debat.", "Tekst.", null, LocalDateTime.now().minusDays(2),
				List.of(this.conference.event().getId()), List.of(this.conference.theme().id()), List.of(), Map.of()));
		this.content.dossier(this.conference.theme().id(), "Een *inleiding* op het dossier.",
				List.of(new ContentSeeds.DossierEntry(this.conference.event().getId(), null, null, null),
						new ContentSeeds.DossierEntry(null, interview, null, null),
						new ContentSeeds.DossierEntry(null, null, "https://example.org", "Meer lezen")));
	}

	@Test
	void publicContentPages() {
		check("/artikelen");
		check("/artikelen?soort=interview&thema=" + this.conference.theme().slug());
		check("/artikelen/" + this.slug);
		assertThat(text("main")).contains("Heeft u zich al ingeschreven?", "Lees ook");
		check("/themas/" + this.conference.theme().slug());
		assertThat(text("main")).contains("Dossier", "Meer lezen");
		check("/evenementen/" + this.conference.slug());
		assertThat(text("main")).contains("Lees meer over deze bijeenkomst");
		check("/personen/" + this.conference.chair().slug());
	}

	@Test
	void organiserContentPages() {
		signIn();
		for (String page : new String[] { "/admin/articles", "/admin/articles/new", "/admin/dossiers",
				"/admin/dossiers/" + this.conference.theme().slug() }) {
			open(page);
			assertThat(status()).as("status of %s", page).isEqualTo(200);
			assertThat(findAll("h1")).as("one h1 on %s", page).hasSize(1);
			axe();
		}
		open("/admin/articles/new");
		find("main form.form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		open("/admin/articles");
		find("main table a[href^='/admin/articles/']").click();
		waitForVisible("main form.form");
		axe();
		open("/admin/dossiers/" + this.conference.theme().slug());
		find("#items").sendKeys("\nzomaar een regel");
		find("main form.form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
	}

	private void check(String path) {
		open(path);
		assertThat(status()).as("status of %s", path).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", path).hasSize(1);
		axe();
		reflow();
	}

}
