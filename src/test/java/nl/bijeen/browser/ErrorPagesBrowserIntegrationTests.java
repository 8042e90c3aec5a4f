package nl.bijeen.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people see when a page does not exist or they may not see it.
 */
class ErrorPagesBrowserIntegrationTests extends BrowserTestSupport {

	@Test
	void missingPageIsFriendlyAccessibleAndLeadsBackToTheAgenda() {
		open("/deze-pagina-bestaat-niet");
		assertThat(text("h1")).isEqualTo("Deze pagina bestaat niet (meer)");
		assertThat(find("main a[href='/']").getText()).contains("agenda");
		assertThat(find("main").getText()).contains("zoeken").doesNotContain("Exception");
		axe();
		reflow();
	}

	@Test
	void missingPageInEnglish() {
		open("/deze-pagina-bestaat-niet?lang=en");
		assertThat(text("h1")).isEqualTo("This page does not exist (any more)");
		assertThat(find(".lang-switch a[hreflang='nl']").getAttribute("href")).endsWith("/deze-pagina-bestaat-niet?lang=nl");
	}

	@Test
	void unexpectedFailureShowsAFriendlyPageWithoutTechnicalDetails() {
		open(FAILING_PAGE);
		assertThat(text("h1")).isEqualTo("Er ging iets mis");
		assertThat(find("main").getText()).contains("Dat ligt niet aan u")
			.doesNotContain("Deliberate")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at nl.bijeen");
		assertThat(driver().getPageSource()).doesNotContain("IllegalStateException");
		axe();
		reflow();
	}

	@Test
	void refusedRequestGetsTheFriendlyForbiddenPage() {
		open("/privacy");
		js().executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = '/admin/pages/privacy';
				document.body.appendChild(form);
				form.submit();
				""");
		waitForPath("/admin/pages/privacy");
		assertThat(text("h1")).isEqualTo("U heeft geen toegang tot deze pagina");
		assertThat(find("main a[href='/login']")).isNotNull();
		assertThat(find("main").getText()).doesNotContain("Exception").doesNotContain("Forbidden");
		axe();
	}

}
