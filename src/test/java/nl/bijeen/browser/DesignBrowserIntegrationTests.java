package nl.bijeen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style guide shows every component; checking it here checks the components other pages are built
 * from: contrast, markup, focus, reflow, and house styles by token overrides.
 */
class DesignBrowserIntegrationTests extends BrowserTestSupport {

	@Test
	void everyComponentIsAccessibleAndReflows() {
		signIn();
		open("/admin/design");
		assertThat(text("h1")).isEqualTo("Vormgeving");
		axe();
		reflow();
		assertFitsWithDoubleTextSize();
	}

	@Test
	void everyControlShowsItsFocus() {
		signIn();
		open("/admin/design");
		int stops = 0;
		for (WebElement focused = tab(); !"body".equals(focused.getTagName()) && stops < 80; focused = tab()) {
			assertFocusVisible(focused);
			stops++;
			if (focused.getAttribute("class") != null && focused.getAttribute("class").contains("skip-link") && stops > 1) {
				break;
			}
		}
		assertThat(stops).isGreaterThan(20);
	}

	@Test
	void aHouseStyleOverridesTokensOnly() {
		signIn();
		open("/admin/design");
		js().executeScript("""
				const link = document.createElement('link');
				link.rel = 'stylesheet';
				link.href = '/css/theme-example.css';
				document.head.appendChild(link);
				""");
		waitForCss(".site-header", "background-color", "rgb(0, 86, 63)");
		assertThat(find(".button--primary").getCssValue("background-color")).isEqualTo("rgba(0, 86, 63, 1)");
		axe();
	}

	@Test
	void navigationMarksTheOrganisersSectionAsCurrent() {
		signIn();
		open("/admin/design");
		assertThat(find(".site-nav a[href='/admin']").getAttribute("aria-current")).isEqualTo("true");
		assertThat(find(".site-nav a[href='/']").getAttribute("aria-current")).isNull();
	}

	private static void waitForCss(String selector, String property, String value) {
		waitUntil(d -> ((String) js().executeScript("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
					selector, property.equals("background-color") ? "backgroundColor" : property)).equals(value));
	}

}
