package nl.bijeen.browser;

import java.util.UUID;

import nl.bijeen.browser.BrowserFixtures.Conference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in the browser: from the event's page to its figures and charts, and from the start page to the
 * figures across events. axe-core finds nothing, also at a phone's width; the pages reflow at 320 CSS pixels; a
 * chart's figures as a table open by keyboard.
 */
class DashboardBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Test
	void theEventDashboardAndTheOverview() {
		Conference c = this.fixtures.conference("Conferentie Met Cijfers", 2, 20);
		String key = UUID.randomUUID().toString().substring(0, 6);
		this.fixtures.register(c, "een-" + key + "@example.org", c.workshop(0));
		this.fixtures.register(c, "twee-" + key + "@example.org", c.workshop(0));
		this.fixtures.register(c, "drie-" + key + "@example.org", c.workshop(1));
		long id = c.event().getId();
		String page = "/admin/events/" + id + "/dashboard";
		signIn();
		open("/admin/events/" + id);
		find("main a[href='" + page + "']").click();
		waitForPath(page);
		check(page);
		assertThat(text("#figure-confirmed")).isEqualTo("3");
		assertThat(findAll("#fill-per-workshop svg rect")).hasSize(2);

		// the figures as a table, opened by keyboard
		tabTo("#fill-per-workshop summary");
		press(Keys.ENTER);
		waitForVisible("#fill-per-workshop table");
		assertThat(text("#fill-per-workshop table")).contains("2 van 2 (100%)", "1 van 20 (5%)");
		phone();

		open("/admin");
		find("main a[href='/admin/dashboard']").click();
		waitForPath("/admin/dashboard");
		check("/admin/dashboard");
		assertThat(text("main")).contains("Conferentie Met Cijfers");
		phone();
	}

	private void check(String path) {
		open(path);
		assertThat(status()).as("status of %s", path).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", path).hasSize(1);
		axe();
		reflow();
	}

	/** axe-core at a phone's width. */
	private static void phone() {
		viewport(375, 800, true);
		try {
			axe();
		}
		finally {
			desktop();
		}
	}

}
