package nl.bijeen.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.browser.BrowserFixtures.Conference;
import nl.bijeen.evaluation.EvaluationSeeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation in the browser: the participant's form behind the personal link (without a cookie), its field
 * errors and the thank-you page, the organiser's form page reached from the event page, and the results with their
 * charts. axe-core finds nothing, also at phone width; the pages reflow at 320 CSS pixels.
 */
class EvaluationBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Autowired
	EvaluationSeeds seeds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theParticipantAnswersAndTheOrganiserSeesTheResults() {
		Conference c = this.fixtures.conference("Conferentie Met Evaluatie", 20);
		long id = c.event().getId();
		this.fixtures.register(c, "evaluatie-browser@example.org", c.workshop(0));
		long registration = this.jdbc.sql("select id from registration where event_id = ? and email = ?")
			.params(id, "evaluatie-browser@example.org").query(Long.class).single();
		LocalDateTime start = LocalDateTime.now().minusDays(1).withHour(9).withMinute(30).withSecond(0).withNano(0);
		this.jdbc.sql("update event set starts_at = ?, ends_at = ? where id = ?").params(start, start.plusHours(7), id)
			.update();
		this.seeds.form(id, true);
		long rating = this.seeds.rating(id, "Algemeen oordeel over de dag", true);
		long again = this.seeds.choice(id, "Zou u een volgende editie bezoeken?", false, List.of("Ja", "Misschien", "Nee"));
		this.seeds.choice(id, "Welke onderwerpen wilt u vaker zien?", true, List.of("Armoede", "Wonen", "Jeugd"));
		this.seeds.open(id, "Wat neemt u mee?", 500);
		for (int i = 0; i < 6; i++) {
			this.seeds.respond(id, null, LocalDate.now(), Map.of(rating, List.of(Integer.toString(5 + i)), again,
					List.of(i % 2 == 0 ? "Ja" : "Misschien")));
		}
		String token = this.seeds.invite(id, registration);

		// The participant, without an account or a cookie.
		driver().manage().deleteAllCookies();
		String form = "/evaluatie/" + token;
		check(form);
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		assertThat(text("#error-summary")).contains("Algemeen oordeel over de dag: kies een cijfer van 1 tot 10.");
		phone();
		find("main label[for='q" + rating + "-8']").click();
		find("main label[for='q" + again + "']").click();
		find("main textarea").sendKeys("Het gesprek met de wethouder");
		find("main form button[type=submit]").click();
		waitForExactPath(form + "/bedankt");
		check(form + "/bedankt");
		assertThat(text("main")).contains("Dank u wel");
		assertThat(driver().manage().getCookies()).as("cookies of the participant").isEmpty();
		open(form);
		assertThat(text("main")).contains("U heeft de evaluatie al ingevuld, dank u.");

		// The organiser.
		signIn();
		String admin = "/admin/events/" + id + "/evaluation";
		open("/admin/events/" + id);
		find("main a[href='" + admin + "']").click();
		waitForExactPath(admin);
		check(admin);
		open(admin + "?bewerk=" + rating);
		check(admin + "?bewerk=" + rating);
		check(admin + "/results");
		assertThat(findAll("main svg.chart-svg")).hasSize(3);
		assertThat(text("#evaluation-responses")).isEqualTo("7");
	}

	/** Status 200, one h1, no axe violations (desktop and phone width), reflow at 320 CSS pixels. */
	private void check(String path) {
		open(path);
		assertThat(status()).as("status of %s", path).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", path).hasSize(1);
		axe();
		phone();
		reflow();
	}

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
