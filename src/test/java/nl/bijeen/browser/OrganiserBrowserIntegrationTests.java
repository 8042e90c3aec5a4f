package nl.bijeen.browser;

import java.time.LocalDate;
import java.util.UUID;

import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser signs in, creates an event, gives it a round of workshops, publishes it and finds it in the
 * public agenda.
 */
class OrganiserBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	EventSeeds eventSeeds;

	@Test
	void createProgrammeAndPublishAnEvent() {
		String key = UUID.randomUUID().toString().substring(0, 6);
		Venue venue = this.eventSeeds.save(Venue.create("Buurthuis De Linde " + key, "Lindelaan 4", "3511 AB", "Utrecht"));
		String title = "Werkplaatsdag Samen " + key;
		LocalDate day = LocalDate.now().plusDays(40);

		signIn();
		open("/admin/events/new");
		find("#title").sendKeys(title);
		find("#summary").sendKeys("Een middag over samenwerken in de wijk.");
		setValue("#startDate", day.toString());
		setValue("#startTime", "13:00");
		setValue("#endTime", "17:00");
		new Select(find("#venueId")).selectByValue(venue.id().toString());
		find("main form.form button[type=submit]").click();
		waitForPath("/admin/events/");
		waitUntil(d -> currentPath().matches("/admin/events/\\d+"));
		String eventPath = currentPath();
		assertThat(text("h1")).contains(title);

		find("a[href='" + eventPath + "/programme']").click();
		waitForExactPath(eventPath + "/programme");
		find("a[href='" + eventPath + "/programme/parts/new']").click();
		waitForExactPath(eventPath + "/programme/parts/new");
		new Select(find("#kind")).selectByValue("ROUND");
		find("#title").sendKeys("Workshops na de pauze");
		setValue("#startsAt", "14:30");
		setValue("#endsAt", "15:30");
		find("main form button.button--primary[type=submit]").click();
		waitForExactPath(eventPath + "/programme");
		assertThat(text("main")).contains("Workshops na de pauze");

		find("a[href$='/sessions/new']").click();
		waitForVisible("input[name=capacity]");
		WebElement form = find("form:has(input[name=capacity])");
		form.findElement(org.openqa.selenium.By.name("title")).sendKeys("Werken met ervaringsdeskundigen");
		form.findElement(org.openqa.selenium.By.name("capacity")).sendKeys("25");
		form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
		waitUntil(d -> find("main").getText().contains("Werken met ervaringsdeskundigen")
					&& findAll("input[name=capacity]").isEmpty());

		find("a[href='" + eventPath + "']").click();
		waitForExactPath(eventPath);
		WebElement publish = find("form[action='" + eventPath + "/publish'] button");
		publish.click();
		// The page we are on has the same address before and after: wait for the old page to be replaced.
		waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(publish));
		waitForExactPath(eventPath);
		assertThat(findAll("form[action='" + eventPath + "/publish']")).isEmpty();

		// Found as a visitor finds it among many events: by searching the agenda for its title.
		open("/");
		find("#zoek").sendKeys(title + org.openqa.selenium.Keys.ENTER);
		String link = "#agenda-results a[href^='/evenementen/'][href*='werkplaatsdag-samen-" + key + "']";
		waitUntil(d -> currentPath().contains("zoek=") && title.equals(d.findElement(
				org.openqa.selenium.By.cssSelector(link)).getText()));
		waitUntil(d -> {
			d.findElement(org.openqa.selenium.By.cssSelector(link)).click();
			return true;
		});
		waitForPath("/evenementen/");
		assertThat(text("h1")).contains(title);
		assertThat(text("main")).contains("Workshops na de pauze", "Werken met ervaringsdeskundigen");
	}

	private static void setValue(String cssSelector, String value) {
		js().executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
				+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", find(cssSelector), value);
	}

}
