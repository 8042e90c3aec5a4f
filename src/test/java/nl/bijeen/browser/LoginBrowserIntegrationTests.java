package nl.bijeen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisers' sign-in page, and the layout every page shares, used with keyboard and screen size as
 * people do.
 */
class LoginBrowserIntegrationTests extends BrowserTestSupport {

	@Test
	void hasNoAccessibilityViolationsAndReflows() {
		open("/login");
		axe();
		reflow();
		assertFitsWithDoubleTextSize();
	}

	@Test
	void loadsHtmxFromTheWebjarAndOffersTheCsrfTokenToIt() {
		open("/login");
		waitUntil(d -> (Boolean) js().executeScript("return typeof window.htmx !== 'undefined';"));
		// Public pages carry no token (no session, cacheable); a signed-in organiser's pages offer theirs to htmx.
		assertThat(findAll("meta[name=_csrf]")).isEmpty();
		signIn();
		open("/admin");
		waitUntil(d -> (Boolean) js().executeScript("return typeof window.htmx !== 'undefined';"));
		assertThat(find("meta[name=_csrf]").getAttribute("content")).isNotBlank();
		assertThat(find("meta[name=_csrf_header]").getAttribute("content")).isEqualTo("X-CSRF-TOKEN");
		assertThat(findAll("link[rel=stylesheet]")).extracting(e -> e.getAttribute("href"))
			.allMatch(href -> href.startsWith(url("/css/")), "stylesheets served by bijeen itself");
	}

	@Test
	void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
		open("/login");
		WebElement first = tab();
		assertThat(first.getAttribute("class")).contains("skip-link");
		assertThat(first.isDisplayed()).isTrue();
		assertThat(first.getText()).isEqualTo("Naar de inhoud");
		assertFocusVisible(first);
		press(Keys.ENTER);
		assertThat(activeElement().getAttribute("id")).isEqualTo("main");
		WebElement next = tab();
		assertThat(describe(next)).as("first element after the skip target").doesNotContain("skip-link");
		assertThat(find("main").findElements(org.openqa.selenium.By.xpath(".//*")).contains(next)).isTrue();
	}

	@Test
	void everyTabStopShowsWhereTheFocusIs() {
		open("/login");
		int stops = 0;
		WebElement focused = tab();
		while (!"body".equals(focused.getTagName()) && stops < 40) {
			assertFocusVisible(focused);
			stops++;
			focused = tab();
			if (focused.getAttribute("class") != null && focused.getAttribute("class").contains("skip-link")) {
				break;
			}
		}
		assertThat(stops).as("tab stops on the login page").isGreaterThanOrEqualTo(8);
	}

	@Test
	void navigationMarksNoCurrentItemOnLoginAndFooterMarksTheStatementPage() {
		open("/privacy");
		assertThat(find("footer a[href='/privacy']").getAttribute("aria-current")).isEqualTo("page");
		assertThat(find("footer a[href='/toegankelijkheid']").getAttribute("aria-current")).isNull();
	}

	@Test
	void languageSwitchShowsThePageInEnglishAndBack() {
		open("/login");
		assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
		WebElement english = find(".lang-switch a[hreflang='en']");
		assertThat(english.getAttribute("lang")).isEqualTo("en");
		english.click();
		waitForPath("/login?lang=en");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(text("h1")).isEqualTo("Sign in for organisers");
		assertThat(find(".lang-switch a[hreflang='en']").getAttribute("aria-current")).isEqualTo("true");
		open("/login");
		assertThat(text("h1")).as("the choice is remembered").isEqualTo("Sign in for organisers");
		find(".lang-switch a[hreflang='nl']").click();
		waitForPath("/login?lang=nl");
		assertThat(text("h1")).isEqualTo("Inloggen voor organisatoren");
	}

	@Test
	void wrongPasswordShowsAnAnnouncedErrorLinkedToTheFields() {
		signIn(ADMIN_USER, "wrong-password");
		assertThat(currentPath()).isEqualTo("/login?error");
		WebElement error = find("[role=alert]");
		assertThat(error.getText()).contains("klopt niet");
		assertThat(find("#password").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#password").getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
		axe();
	}

	@Test
	void rightPasswordReachesTheOrganisersAreaAndSigningOutWorks() {
		signIn();
		assertThat(currentPath()).isEqualTo("/admin");
		assertThat(text(".site-header__user")).contains("Ingelogd als admin");
		find(".site-header__user button").click();
		waitForPath("/?loggedOut");
		assertThat(findAll(".site-header__user")).isEmpty();
	}

}
