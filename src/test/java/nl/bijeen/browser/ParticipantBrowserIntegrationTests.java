package nl.bijeen.browser;


import nl.bijeen.browser.BrowserFixtures.Conference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant finds a conference in the agenda, registers for a workshop, and later uses the personal link
 * from the confirmation mail to change the workshop and to cancel.
 */
class ParticipantBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Test
	void findRegisterChangeAndCancel() {
		Conference conference = this.fixtures.conference("Conferentie Wijkteams", 20, 20);
		Conference other = this.fixtures.conference("Conferentie Schuldhulp", 20);

		open("/");
		new Select(find("#thema")).selectByVisibleText(conference.theme().name());
		// with JavaScript the results follow the choice at once (htmx); the address is updated after the swap
		waitUntil(d -> currentPath().contains("thema=" + conference.theme().slug())
					&& findAll("#agenda-results a[href='/evenementen/" + other.slug() + "']").isEmpty());
		assertThat(text("#agenda-count")).isEqualTo("1 bijeenkomst gevonden");
		assertThat(find("#agenda-count").getAttribute("aria-live")).isEqualTo("polite");
		waitUntil(d -> {
				find("#agenda-results a[href='/evenementen/" + conference.slug() + "']").click();
				return true;
			});
		waitForExactPath("/evenementen/" + conference.slug());
		assertThat(text("h1")).contains("Conferentie Wijkteams");

		find("main a[href='/evenementen/" + conference.slug() + "/aanmelden']").click();
		waitForPath("/evenementen/" + conference.slug() + "/aanmelden");
		assertThat(text("h1")).isEqualTo("Aanmelden: Conferentie Wijkteams");
		find("#name").sendKeys("Anna de Vries");
		find("#email").sendKeys("anna.browser@example.org");
		find("#organisation").sendKeys("Gemeente Utrecht");
		find("label[for='choices-" + conference.round().id() + "']").click();
		find("label[for='consent']").click();
		find("form.registration-form button[type=submit]").click();
		waitForPath("/evenementen/" + conference.slug() + "/aanmelden/controleer-uw-email");
		assertThat(text("h1")).isEqualTo("Controleer uw e-mail");

		open(BrowserMail.personalLink("anna.browser@example.org", "Bevestiging"));
		assertThat(text("h1")).isEqualTo("Uw aanmelding");
		assertThat(text(".registration-facts dd strong")).isEqualTo("Aangemeld");
		assertThat(text("main ul")).contains("Workshopronde: Workshop A (geplaatst)");

		String token = currentPath();
		find("label[for='change-" + conference.workshop(1).id() + "']").click();
		find("form.change-choice button[type=submit]").click();
		waitForVisible(".flash[role=status] .alert");
		assertThat(text(".flash[role=status] .alert")).isEqualTo("Uw keuze is gewijzigd. U krijgt een bevestiging per e-mail.");
		assertThat(text("main ul")).contains("Workshopronde: Workshop B (geplaatst)");

		find("a[href='" + token + "/annuleren']").click();
		waitForExactPath(token + "/annuleren");
		assertThat(text("h1")).isEqualTo("Aanmelding annuleren");
		assertThat(text("main")).contains("Weet u zeker dat u uw aanmelding voor Conferentie Wijkteams wilt annuleren?");
		find("main form button[type=submit]").click();
		waitForExactPath(token + "?gedaan=geannuleerd");
		assertThat(text(".flash[role=status] .alert")).startsWith("Uw aanmelding is geannuleerd.");
		assertThat(driver().findElement(By.cssSelector(".registration-facts dd strong")).getText()).isEqualTo("Geannuleerd");
		assertThat(findAll("form.change-choice")).isEmpty();
		assertThat(find("a[href='/evenementen/" + conference.slug() + "/aanmelden']").getText())
			.isEqualTo("Opnieuw aanmelden");
	}

}
