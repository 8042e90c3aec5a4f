package nl.bijeen.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of bijeen for the documentation, at desktop (1280) and phone (390) width, in docs/screenshots.
 * Runs only on request, with the demo content switched on:
 * <pre>
 * ./mvnw verify -Dscreenshots=true -Dit.test=ScreenshotsBrowserIntegrationTests -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Add a page by adding a line to {@link #SHOTS}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true",
		disabledReason = "screenshots are taken only with -Dscreenshots=true")
@TestPropertySource(properties = "bijeen.demo.enabled=true")
class ScreenshotsBrowserIntegrationTests extends BrowserTestSupport {

	static final Path DIRECTORY = Path.of("docs", "screenshots");

	/** The demo conference, with a programme, people and a round of workshops (its address ends in a year). */
	static final String DEMO_EVENT_TITLE = "Empowerment: naar een sterke sociale basis";

	/** The pages to photograph, in the order of the documentation. */
	static final List<Shot> SHOTS = List.of(
			Shot.of("login", "/login"),
			Shot.of("login-error", "/login").then(page -> page.signIn(ADMIN_USER, "not-the-password")),
			Shot.of("privacy", "/privacy"),
			Shot.of("accessibility", "/toegankelijkheid"),
			Shot.of("not-found", "/deze-pagina-bestaat-niet"),
			Shot.of("admin-pages", "/admin/pages").asOrganiser(),
			Shot.of("admin-page-edit", "/admin/pages/privacy").asOrganiser(),
			Shot.of("design", "/admin/design").asOrganiser(),
			Shot.of("agenda", "/"),
			Shot.of("event", "/").then(page -> openDemoConference()),
			Shot.of("registration-error", "/").then(page -> {
				openDemoRegistrationForm();
				find("#name").sendKeys("Anna de Vries");
				find("form.registration-form button[type=submit]").click();
				waitForVisible("#error-summary");
			}),
			Shot.of("personal", "/").then(page -> {
				openDemoRegistrationForm();
				find("#name").sendKeys("Anna de Vries");
				find("#email").sendKeys("anna.screenshot@example.org");
				find("#organisation").sendKeys("Gemeente Utrecht");
				find("form.registration-form .choice label").click();
				find("label[for='consent']").click();
				find("form.registration-form button[type=submit]").click();
				waitForPath("/evenementen/");
				waitUntil(d -> currentPath().endsWith("/controleer-uw-email"));
				page.open(BrowserMail.personalLink("anna.screenshot@example.org", "Bevestiging"));
			}),
			Shot.of("admin-event", "/admin/events").asOrganiser().then(page -> {
				driver().findElement(By.linkText(DEMO_EVENT_TITLE)).click();
				waitForVisible("form[action$='/unpublish']");
			}));

	private static void openDemoConference() {
		driver().findElement(By.linkText(DEMO_EVENT_TITLE)).click();
		waitForPath("/evenementen/");
	}

	private static void openDemoRegistrationForm() {
		openDemoConference();
		find("main a[href$='/aanmelden']").click();
		waitForVisible("form.registration-form");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("SHOTS")
	void photograph(Shot shot) {
		if (shot.signedIn()) {
			signIn();
		}
		open(shot.path());
		shot.interaction().accept(this);
		assertThat(screenshot(DIRECTORY.resolve(shot.name() + "-desktop.png"), 1280, false)).exists();
		assertThat(screenshot(DIRECTORY.resolve(shot.name() + "-phone.png"), 390, true)).exists();
	}

}
