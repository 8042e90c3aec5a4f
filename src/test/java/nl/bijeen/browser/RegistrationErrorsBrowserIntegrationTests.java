package nl.bijeen.browser;

import nl.bijeen.browser.BrowserFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationQuestion;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees when registering does not simply succeed: a full workshop, a forgotten required answer,
 * and a personal link that does not (or no longer) exist.
 */
class RegistrationErrorsBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Test
	void aFullWorkshopIsMarkedAndChoosingItPutsYouOnItsWaitingList() {
		Conference conference = this.fixtures.conference("Conferentie Volle Zaal", 1, 20);
		this.fixtures.register(conference, "eerste.vol@example.org", conference.workshop(0));

		open("/evenementen/" + conference.slug() + "/aanmelden");
		String fullWorkshop = "label[for='choices-" + conference.round().id() + "']";
		assertThat(text(fullWorkshop)).isEqualTo("Workshop A — vol — u komt op de wachtlijst");
		assertThat(text("label[for='choices-" + conference.round().id() + "-" + conference.workshop(1).id() + "']"))
			.isEqualTo("Workshop B — nog 20 plaatsen");
		find("#name").sendKeys("Bram Wachter");
		find("#email").sendKeys("bram.vol@example.org");
		find(fullWorkshop).click();
		find("label[for='consent']").click();
		find("form.registration-form button[type=submit]").click();
		waitForPath("/evenementen/" + conference.slug() + "/aanmelden/controleer-uw-email");

		open(BrowserMail.personalLink("bram.vol@example.org", ""));
		assertThat(text("main ul")).contains("Workshopronde: Workshop A (wachtlijst, plaats 1)");
	}

	@Test
	void aMissingRequiredAnswerIsAnnouncedAtTheTopAndAtTheQuestion() {
		Conference conference = this.fixtures.conference("Conferentie Met Vragen", 20);
		RegistrationQuestion question = this.fixtures.requiredQuestion(conference.event(), "Wat zijn uw dieetwensen?");
		String answer = "answers-" + question.id();

		open("/evenementen/" + conference.slug() + "/aanmelden");
		find("#name").sendKeys("Chris Vergeet");
		find("#email").sendKeys("chris.vraag@example.org");
		find("label[for='choices-" + conference.round().id() + "']").click();
		find("label[for='consent']").click();
		find("form.registration-form button[type=submit]").click();
		waitForVisible("#error-summary");

		assertThat(currentPath()).isEqualTo("/evenementen/" + conference.slug() + "/aanmelden");
		WebElement summary = find("#error-summary");
		assertThat(summary.getAttribute("role")).isEqualTo("alert");
		assertThat(activeElement()).as("focus moves to the error summary").isEqualTo(summary);
		assertThat(summary.getText()).contains("Beantwoord deze vraag.");
		WebElement field = find("#" + answer);
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby")).isEqualTo(answer + "-error");
		assertThat(text("#" + answer + "-error")).isEqualTo("Beantwoord deze vraag.");
		assertThat(find("#name").getAttribute("value")).as("what was filled in is kept").isEqualTo("Chris Vergeet");
		axe();
		reflow();

		find("#error-summary a[href='#" + answer + "']").click();
		assertThat(activeElement()).as("the summary link leads to the question").isEqualTo(field);
		field.sendKeys("Vegetarisch");
		find("form.registration-form button[type=submit]").click();
		waitForPath("/evenementen/" + conference.slug() + "/aanmelden/controleer-uw-email");
	}

	@Test
	void anUnknownPersonalLinkGivesAFriendlyNotFoundPage() {
		open("/aanmelding/" + "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5");
		assertFriendlyNotFound();
		axe();
		open("/aanmelding/kort/annuleren");
		assertFriendlyNotFound();
	}

	/** The registration's own 404 page in plain Dutch, with a way back to the agenda; never an error trace. */
	private static void assertFriendlyNotFound() {
		assertThat(status()).isEqualTo(404);
		assertThat(text("h1")).isEqualTo("Pagina niet gevonden");
		assertThat(text("main")).contains("Gebruik dan de link uit de nieuwste e-mail die u van ons kreeg.");
		assertThat(find("main a[href='/']").getText()).isEqualTo("Naar de agenda");
		assertThat(text("main")).doesNotContain("Exception", "Whitelabel");
	}

}
