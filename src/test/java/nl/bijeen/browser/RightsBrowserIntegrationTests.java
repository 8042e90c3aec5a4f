package nl.bijeen.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many organisations on one platform, each sees only its own: an organisation administrator invites an event
 * manager by mail, who sets a password through the one-time link and signs in; the administrator gives them one
 * event, and the manager then sees that event only (another organisation's event is "not found"). An
 * organisation's administrator sees its own and the shared venues, its editor only its articles.
 */
class RightsBrowserIntegrationTests extends BrowserTestSupport {

	/** Meets the password policy: long enough, not the user name, not a common password. */
	private static final String NEW_PASSWORD = "Lindeboom-Kade-2031!";

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	@Autowired
	ContentSeeds content;

	@Autowired
	EventCatalog catalog;

	@Test
	void anAdministratorInvitesAnEventManagerByMailGivesThemOneEventAndTheManagerSeesOnlyThat() {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		String address = "evenementbeheerder-" + f.eventA() + "@voorbeeld.nl";
		String name = "Nieuwe evenementbeheerder " + f.eventA();

		// A's administrator invites someone; an organisation's administrator invites no platform administrators.
		signIn(f.adminA().username(), f.adminA().password());
		open("/admin/accounts/invite");
		assertThat(findAll("input[name=role]")).extracting(r -> r.getAttribute("value")).containsExactly("ORGANISER");
		axe();
		find("#email").sendKeys(address);
		find("#displayName").sendKeys(name);
		find("main form[action$='/admin/accounts/invite'] button[type=submit]").click();
		waitForVisible("main .flash .alert");
		assertThat(text("main .flash")).contains("De uitnodiging is verstuurd.");
		axe();
		driver().manage().deleteAllCookies();

		// The invitation arrives; its one-time link sets a password that meets the policy.
		String link = BrowserMail.passwordLink(address, "Uitnodiging");
		open(link);
		assertThat(status()).isEqualTo(200);
		assertThat(text("main")).contains(address);
		axe();
		find("#password").sendKeys("password1234");
		find("#confirmation").sendKeys("password1234");
		find("main form.form button[type=submit]").click();
		waitForVisible("#error-summary");
		assertThat(text("#error-summary")).contains("veel gebruikt");
		axe();
		find("#password").sendKeys(NEW_PASSWORD);
		find("#confirmation").sendKeys(NEW_PASSWORD);
		find("main form.form button[type=submit]").click();
		waitForExactPath("/login?passwordSet");
		open(link);
		assertThat(status()).as("the link works once").isEqualTo(404);

		// Signed in, the new manager has no events yet.
		signIn(address, NEW_PASSWORD);
		assertThat(currentPath()).isEqualTo("/admin");
		open("/admin/events");
		assertThat(text("main")).doesNotContain("Evenement van A").doesNotContain("Evenement van B");
		Set<Cookie> managerSession = driver().manage().getCookies();
		driver().manage().deleteAllCookies();

		// The administrator gives them one event: only A's events are offered.
		signIn(f.adminA().username(), f.adminA().password());
		open("/admin/accounts");
		assertThat(text("main")).contains(name).doesNotContain("Beheerder B");
		driver().findElement(By.linkText(name)).click();
		waitForPath("/admin/accounts/");
		Select choice = new Select(find("#eventId"));
		assertThat(choice.getOptions()).extracting(o -> o.getText())
			.anyMatch(t -> t.startsWith("Evenement van A"))
			.anyMatch(t -> t.startsWith("Samen met A"))
			.noneMatch(t -> t.startsWith("Evenement van B"));
		choice.selectByValue(String.valueOf(f.eventA()));
		find("form[action$='/grants'] button[type=submit]").click();
		waitForVisible("#message");
		assertThat(text("main ul.grants")).contains("Evenement van A");
		axe();
		driver().manage().deleteAllCookies();

		// The manager's session from before the change has ended; signed in again they see that one event only.
		open("/login");
		managerSession.forEach(c -> driver().manage().addCookie(new Cookie(c.getName(), c.getValue(), c.getPath())));
		open("/admin/events");
		assertThat(currentPath()).isEqualTo("/login?ended");
		signIn(address, NEW_PASSWORD);
		open("/admin/events");
		assertThat(text("main")).contains("Evenement van A").doesNotContain("Evenement van B")
			.doesNotContain("Samen met A");
		axe();
		assertThat(findAll("nav.admin-nav a")).extracting(a -> a.getAttribute("href"))
			.noneMatch(href -> href.endsWith("/admin/accounts") || href.endsWith("/admin/tokens")
					|| href.endsWith("/admin/themes") || href.endsWith("/admin/venues"));
		open("/admin/events/" + f.eventA());
		assertThat(status()).isEqualTo(200);
		open("/admin/events/" + f.eventB());
		assertThat(status()).isEqualTo(404);
		open("/admin/events/" + f.eventCoOrganised() + "/registrations");
		assertThat(status()).isEqualTo(404);
		open("/admin/accounts");
		assertThat(status()).isEqualTo(404);
	}

	@Test
<<<<<<< HEAD
	void anOrganisationAdministratorFindsTheMailAndPrivacyScreensOfItsOrganisation() {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		signIn(f.adminA().username(), f.adminA().password());
		open("/admin");
		find("nav.admin-nav a[href='/admin/mail']").click();
		waitForExactPath("/admin/mail");
		assertThat(text("#mail-scope")).contains("uw organisatie");
		axe();
		find("nav.admin-nav a[href='/admin/privacy']").click();
		waitForExactPath("/admin/privacy");
		assertThat(text("#erase-scope")).contains("alleen voor de bijeenkomsten die uw organisatie organiseert");
=======
	void anOrganisationSeesItsOwnAndTheSharedVenuesAndOnlyItsOwnArticles() {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		String k = " " + f.venueA();
		this.events.save(Venue.create("Gedeelde zaal" + k, "Plein 3", "3511 CC", "Utrecht"));
		this.content.article(new ContentSeeds.ArticleSeed("browser-a-" + f.venueA(), ArticleKind.NEWS,
				"Nieuws van A" + k, null, "Tekst.", null, null, List.of(), List.of(), List.of(f.organisationA()), Map.of()));
		this.content.article(new ContentSeeds.ArticleSeed("browser-b-" + f.venueA(), ArticleKind.NEWS,
				"Nieuws van B" + k, null, "Tekst.", null, null, List.of(), List.of(), List.of(f.organisationB()), Map.of()));

		String venueA = this.catalog.venue(f.venueA()).orElseThrow().name();
		String venueB = this.catalog.venue(f.venueB()).orElseThrow().name();
		signIn(f.adminA().username(), f.adminA().password());
		open("/admin/venues");
		assertThat(text("main")).contains(venueA, "Gedeelde zaal" + k).doesNotContain(venueB);
		axe();
		find("main a[href='/admin/venues/" + f.venueA() + "/edit']").click();
		waitForExactPath("/admin/venues/" + f.venueA() + "/edit");
		assertThat(findAll("#organisationId")).as("an organisation's venue stays its own").isEmpty();
		axe();
		open("/admin/venues/" + f.venueB() + "/edit");
		assertThat(status()).isEqualTo(404);
		open("/admin/events/new");
		assertThat(new Select(find("#venueId")).getOptions()).extracting(o -> o.getText())
			.anyMatch(t -> t.startsWith(venueA))
			.anyMatch(t -> t.startsWith("Gedeelde zaal" + k))
			.noneMatch(t -> t.startsWith(venueB));
		driver().manage().deleteAllCookies();

		signIn(f.editorA().username(), f.editorA().password());
		open("/admin/articles");
		assertThat(text("main")).contains("Nieuws van A" + k).doesNotContain("Nieuws van B" + k);
		axe();
		driver().manage().deleteAllCookies();

		signIn();
		open("/admin/venues/new");
		assertThat(new Select(find("#organisationId")).getFirstSelectedOption().getText()).contains("Gedeeld");
>>>>>>> h10-owned
		axe();
	}

	@Test
	void aCheckInVolunteerSeesNothingButTheStartPageAndTodaysCheckIn() {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		signIn(f.volunteerA().username(), f.volunteerA().password());
		open("/admin");
		assertThat(status()).isEqualTo(200);
		assertThat(findAll("nav.admin-nav a")).extracting(a -> a.getAttribute("href"))
			.allMatch(href -> href.endsWith("/admin") || href.endsWith("/admin/account/password"));
		axe();
		String checkIn = "/admin/events/" + f.eventA() + "/check-in";
		find("main a[href='" + checkIn + "']").click();
		waitForExactPath(checkIn);
		assertThat(text("h1")).contains("Evenement van A");
		for (String path : new String[] { "/admin/events", "/admin/events/" + f.eventA(),
				"/admin/events/" + f.eventA() + "/registrations", "/admin/people", "/admin/tokens", "/admin/mail" }) {
			open(path);
			assertThat(status()).as(path).isEqualTo(404);
		}
	}

}
