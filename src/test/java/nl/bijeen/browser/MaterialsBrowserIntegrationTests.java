package nl.bijeen.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.browser.BrowserFixtures.Conference;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.materials.MaterialsProperties;
import nl.bijeen.materials.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The materials in the browser: the organiser's upload page (a real PDF chosen in the file field, a text file named
 * .pdf and a file too large refused with a field message), the confirmation before deleting, the event's and the
 * article's public pages with their download links. axe-core finds nothing; public pages reflow at 320 CSS pixels.
 */
class MaterialsBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Autowired
	ContentSeeds content;

	@Autowired
	MaterialsProperties properties;

	@TempDir
	Path files;

	private Conference conference;

	@BeforeEach
	void conference() {
		this.conference = this.fixtures.conference("Conferentie Met Materialen", 20, 20);
	}

	@Test
	void uploadListDeleteAndThePublicPages() throws IOException {
		long id = this.conference.event().getId();
		String page = "/admin/events/" + id + "/materials";
		signIn();
		open("/admin/events/" + id);
		find("main a[href='" + page + "']").click();
		waitForPath(page);
		check(page);

		Path pdf = Files.write(this.files.resolve("presentatie.pdf"), TestFiles.pdf("De presentatie"));
		find("main #title").sendKeys("de presentatie van de conferentie");
		find("main #file").sendKeys(pdf.toString());
		find("main form[enctype] button[type=submit]").click();
		waitForVisible("#message");
		assertThat(text("main table")).contains("de presentatie van de conferentie", "PDF");
		axe();

		// Larger than the organiser's other forms may send (512 KB): the upload form may.
		byte[] padded = java.util.Arrays.copyOf(TestFiles.pdf("Groot"), 700 * 1024);
		Path big = Files.write(this.files.resolve("groot-maar-goed.pdf"), padded);
		find("main #title").sendKeys("een grote bijlage");
		find("main #file").sendKeys(big.toString());
		find("main form[enctype] button[type=submit]").click();
		waitForVisible("#message");
		assertThat(text("main table")).contains("een grote bijlage", "700 kB");

		Path text = Files.write(this.files.resolve("verslag.pdf"), TestFiles.text());
		find("main #title").sendKeys("Tekst");
		find("main #file").sendKeys(text.toString());
		find("main form[enctype] button[type=submit]").click();
		waitForVisible("#error-summary");
		assertThat(text("#file-error")).contains("Dit soort bestand kan niet worden toegevoegd");
		axe();

		DataSize limit = this.properties.getMaxFileSize();
		try {
			this.properties.setMaxFileSize(DataSize.ofKilobytes(1));
			Path large = Files.write(this.files.resolve("groot.pdf"), new byte[5000]);
			find("main #title").clear();
			find("main #title").sendKeys("Te groot");
			find("main #file").sendKeys(large.toString());
			find("main form[enctype] button[type=submit]").click();
			waitForVisible("#error-summary");
			assertThat(text("#file-error")).contains("Het bestand is te groot");
		}
		finally {
			this.properties.setMaxFileSize(limit);
		}

		check("/evenementen/" + this.conference.slug());
		assertThat(text("main")).contains("Download de presentatie van de conferentie (PDF, ");
		find("main a[href^='/materialen/']").click();
		waitForPath("/materialen/");

		open(page);
		for (int i = 0; i < 2; i++) {
			find("main table a[href$='/delete']").click();
			waitForVisible("main form button.button--danger");
			axe();
			find("main form button.button--danger").click();
			waitForVisible("#message");
		}
		assertThat(text("main")).contains("Er zijn nog geen bestanden.");
	}

	@Test
	void anArticleWithItsPresentation() throws IOException {
		String slug = "verslag-" + this.conference.theme().slug();
		long article = this.content.article(new ContentSeeds.ArticleSeed(slug, ArticleKind.REPORT,
				"Verslag van de conferentie", "Wat er gezegd werd.", "Tekst.", "Redactie",
				LocalDateTime.now().minusDays(1), List.of(this.conference.event().getId()), List.of(), List.of(),
				Map.of()));
		signIn();
		String page = "/admin/articles/" + article + "/materials";
		check(page);
		Path image = Files.write(this.files.resolve("foto.png"), TestFiles.image("png"));
		find("main #title").sendKeys("een foto van de zaal");
		find("main #file").sendKeys(image.toString());
		find("main form[enctype] button[type=submit]").click();
		waitForVisible("#message");
		check("/artikelen/" + slug);
		assertThat(text("main")).contains("Download een foto van de zaal (PNG-afbeelding, ");
	}

	private void check(String path) {
		open(path);
		assertThat(status()).as("status of %s", path).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", path).hasSize(1);
		axe();
		reflow();
	}

}
