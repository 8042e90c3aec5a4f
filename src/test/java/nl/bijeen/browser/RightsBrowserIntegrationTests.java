package nl.bijeen.browser;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import nl.bijeen.rights.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation administrator gives an event manager one event; the manager then sees that event only, and
 * another organisation's event is "not found".
 */
class RightsBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	@Test
	void anOrganisationAdministratorGivesAnEventManagerOneEventAndTheManagerSeesOnlyThat() {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		AccountSeeds.Created manager = this.accounts
			.create("nieuw-" + f.adminA().username(), "Nieuwe evenementbeheerder", f.organisationA(), Role.EVENT_MANAGER)
			.orElseThrow();

		signIn(f.adminA().username(), f.adminA().password());
		open("/admin/accounts");
		assertThat(text("main")).contains("Nieuwe evenementbeheerder").doesNotContain("Beheerder B");
		find("main a[href='/admin/accounts/" + manager.accountId() + "']").click();
		waitForExactPath("/admin/accounts/" + manager.accountId());
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

		signIn(manager.username(), manager.password());
		open("/admin/events");
		assertThat(text("main")).contains("Evenement van A").doesNotContain("Evenement van B")
			.doesNotContain("Samen met A");
		assertThat(findAll("nav.admin-nav a")).extracting(a -> a.getAttribute("href"))
			.noneMatch(href -> href.endsWith("/admin/accounts") || href.endsWith("/admin/tokens")
					|| href.endsWith("/admin/themes"));
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
