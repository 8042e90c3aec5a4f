package nl.bijeen.browser;

import java.util.UUID;

import nl.bijeen.browser.BrowserFixtures.Conference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail to participants in the browser, by keyboard: from the event's page to the list, the new-mail form refused
 * with field errors, the preview, the confirmation "Versturen naar 2 deelnemers?" and the record of the mail sent.
 * axe-core finds nothing on any of them at phone width; they reflow at 320 CSS pixels.
 */
class MailingsBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Test
	void writePreviewConfirmAndSendByKeyboard() {
		Conference c = this.fixtures.conference("Conferentie Met Post", 20, 20);
		String key = UUID.randomUUID().toString().substring(0, 6);
		this.fixtures.register(c, "post-a-" + key + "@example.org", c.workshop(0));
		this.fixtures.register(c, "post-b-" + key + "@example.org", c.workshop(1));
		long id = c.event().getId();
		String list = "/admin/events/" + id + "/mailings";
		signIn();
		open("/admin/events/" + id);
		find("main a[href='" + list + "']").click();
		waitForExactPath(list);
		check();
		assertThat(text("main")).contains("Er zijn nog geen mails");

		tabTo("#new-mailing");
		press(Keys.ENTER);
		waitForExactPath(list + "/new");
		check();
		assertThat(text("#count-PLACE")).contains("2 mensen");
		// A subject over two lines cannot be typed; an empty one is refused with a field error.
		find("main #body").clear();
		tabTo("main form button[type=submit]");
		press(Keys.ENTER);
		waitForVisible("#error-summary");
		assertThat(text("#subject-error")).contains("Vul een onderwerp in.");
		assertThat(text("#body-error")).contains("Vul de tekst van de mail in.");
		check();

		find("main #subject").sendKeys("Route naar de zaal");
		find("main #body").sendKeys("Beste {naam},\n\nDe ingang is *aan de achterkant*.");
		tabTo("main form button[type=submit]");
		press(Keys.ENTER);
		waitForVisible("#preview-count");
		assertThat(text("#preview-count")).isEqualTo("2");
		assertThat(text("#preview-sample")).startsWith("Deelnemer post-a-");
		check();

		tabTo("#to-send");
		press(Keys.ENTER);
		waitForVisible("#confirm-send");
		assertThat(text("h1")).isEqualTo("Versturen naar 2 deelnemers?");
		check();
		tabTo("#confirm-send");
		press(Keys.ENTER);
		waitForVisible("#record-recipients");
		assertThat(text("#record-recipients")).isEqualTo("2");
		assertThat(text("#record-status")).isEqualTo("Verstuurd");
		check();

		open(list);
		assertThat(text("main table")).contains("Route naar de zaal");
		check();
	}

	/** The page as it is now: status 200, one h1, no axe violations at phone width, reflow at 320 pixels. */
	private void check() {
		assertThat(status()).as("status of %s", currentPath()).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", currentPath()).hasSize(1);
		axe();
		viewport(375, 800, true);
		try {
			axe();
		}
		finally {
			desktop();
		}
		reflow();
	}

}
