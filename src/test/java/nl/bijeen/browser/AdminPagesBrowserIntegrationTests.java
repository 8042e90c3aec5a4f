package nl.bijeen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator maintains the statement pages.
 */
class AdminPagesBrowserIntegrationTests extends BrowserTestSupport {

	@Test
	void listAndEditFormAreAccessible() {
		signIn();
		open("/admin/pages");
		assertThat(text("h1")).isEqualTo("Pagina's");
		assertThat(find("table caption").getAttribute("textContent")).isEqualTo("Pagina's");
		axe();
		reflow();
		find("a[href='/admin/pages/toegankelijkheid']").click();
		waitForPath("/admin/pages/toegankelijkheid");
		assertThat(text("h1")).isEqualTo("Toegankelijkheidsverklaring bewerken");
		axe();
		reflow();
	}

	@Test
	void missingTitleIsReportedAtTheFieldAndInASummary() {
		signIn();
		open("/admin/pages/toegankelijkheid");
		find("#titleNl").clear();
		find("main form button[type=submit]").click();
		waitForVisible(".error-summary");
		assertThat(find(".error-summary").getAttribute("role")).isEqualTo("alert");
		WebElement title = find("#titleNl");
		assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(title.getAttribute("aria-describedby")).isEqualTo("titleNl-error");
		assertThat(text("#titleNl-error")).isEqualTo("Vul een Nederlandse titel in.");
		axe();
		find(".error-summary a[href='#titleNl']").click();
		assertThat(activeElement().getAttribute("id")).isEqualTo("titleNl");
	}

	@Test
	void savedChangeIsAnnouncedAndShownOnThePublicPage() {
		signIn();
		open("/admin/pages/toegankelijkheid");
		WebElement body = find("#bodyNl");
		String original = body.getAttribute("value");
		js().executeScript("arguments[0].value = arguments[1];", body,
				original + "<p>Deze zin is in de browser toegevoegd.</p><script>alert('x')</script>");
		find("main form button[type=submit]").click();
		waitForExactPath("/admin/pages");
		assertThat(text(".flash[role=status]")).isEqualTo("De pagina is opgeslagen.");
		axe();
		open("/toegankelijkheid");
		assertThat(text(".rich-text")).contains("Deze zin is in de browser toegevoegd.");
		assertThat(findAll(".rich-text script")).isEmpty();
	}

}
