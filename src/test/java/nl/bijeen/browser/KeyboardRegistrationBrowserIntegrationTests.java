package nl.bijeen.browser;


import nl.bijeen.browser.BrowserFixtures.Conference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Registering and cancelling with the keyboard only: Tab, Shift+Tab, Space and Enter (and typing in the
 * fields). No clicks. Every element that gets focus shows it.
 */
class KeyboardRegistrationBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Test
	void registerAndCancelWithTheKeyboardOnly() {
		Conference conference = this.fixtures.conference("Conferentie Toetsenbord", 20, 20);
		open("/evenementen/" + conference.slug());

		WebElement skip = tab();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertFocusVisible(skip);
		press(Keys.ENTER);
		waitUntil(d -> "main".equals(activeElement().getAttribute("id")));

		tabVisiblyTo("main a[href='/evenementen/" + conference.slug() + "/aanmelden']");
		press(Keys.ENTER);
		waitForExactPath("/evenementen/" + conference.slug() + "/aanmelden");

		tabVisiblyTo("#name");
		type("Dewi Toetsenbord");
		tabVisiblyTo("#email");
		type("dewi.toetsen@example.org");
		WebElement workshop = tabVisiblyTo("input[name='choices[" + conference.round().id() + "]']");
		press(Keys.SPACE);
		assertThat(workshop.isSelected()).isTrue();
		WebElement consent = tabVisiblyTo("#consent");
		press(Keys.SPACE);
		assertThat(consent.isSelected()).isTrue();
		new Actions(driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(activeElement()).as("Shift+Tab goes back to the workshop").isEqualTo(workshop);
		assertFocusVisible(activeElement());
		tabVisiblyTo("form.registration-form button[type=submit]");
		press(Keys.ENTER);
		waitForPath("/evenementen/" + conference.slug() + "/aanmelden/controleer-uw-email");
		assertThat(text("h1")).isEqualTo("Controleer uw e-mail");

		String personal = BrowserMail.personalLink("dewi.toetsen@example.org", "Bevestiging");
		open(personal);
		assertThat(text("main ul")).contains("Workshop A (geplaatst)");
		tabVisiblyTo("a[href='" + personal + "/annuleren']");
		press(Keys.ENTER);
		waitForExactPath(personal + "/annuleren");
		tabVisiblyTo("main form button[type=submit]");
		press(Keys.SPACE);
		waitForExactPath(personal + "?gedaan=geannuleerd");
		assertThat(text(".registration-facts dd strong")).isEqualTo("Geannuleerd");
	}

	/** Presses Tab until the element matching the selector has focus, checking the focus is visible at each stop. */
	private static WebElement tabVisiblyTo(String cssSelector) {
		for (int i = 0; i < 60; i++) {
			WebElement focused = tab();
			assertFocusVisible(focused);
			if ((Boolean) js().executeScript("return arguments[0].matches(arguments[1]);", focused, cssSelector)) {
				return focused;
			}
		}
		return fail("Could not reach '%s' with the Tab key on %s", cssSelector, currentPath());
	}

	private static void type(String text) {
		new Actions(driver()).sendKeys(text).perform();
	}

}
