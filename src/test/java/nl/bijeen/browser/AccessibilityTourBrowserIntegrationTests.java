package nl.bijeen.browser;

import nl.bijeen.browser.BrowserFixtures.Conference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds nothing on the pages visitors and organisers use,
 * with real content: a conference with a programme, people, a theme and an organiser. Public pages also reflow
 * at 320 CSS pixels without horizontal scrolling.
 */
class AccessibilityTourBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	BrowserFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.bijeen.people.OrganisationFaces faces;

	private Conference conference;

	@BeforeEach
	void conference() {
		this.conference = this.fixtures.conference("Conferentie Toegankelijk Samenwerken", 1, 30);
		this.fixtures.register(this.conference, "vol.tour@example.org", this.conference.workshop(0));
	}

	@Test
	void publicAgendaAndDirectoryPages() {
		// The organisation's own face: an accent colour that passed the contrast check, contact details.
		this.faces.update(this.conference.organisation().id(), new nl.bijeen.people.OrganisationFace("#8b0000",
				"info@tour.example", "030 123 45 67", null, false));
		check("/?thema=" + this.conference.theme().slug() + "&soort=CONFERENCE");
		assertThat(text("#agenda-results")).contains("Conferentie Toegankelijk Samenwerken");
		check("/archief");
		check("/evenementen/" + this.conference.slug());
		assertThat(text("main")).contains("Workshopronde", "Workshop A", this.conference.chair().name());
		check("/personen/" + this.conference.chair().slug());
		check("/organisaties/" + this.conference.organisation().slug());
		check("/themas/" + this.conference.theme().slug());
	}

	@Test
	void registrationPages() {
		String form = "/evenementen/" + this.conference.slug() + "/aanmelden";
		check(form);
		find("form.registration-form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		reflow();

		find("#name").sendKeys("Eva Tour");
		find("#email").sendKeys("eva.tour@example.org");
		find("label[for='choices-" + this.conference.round().id() + "-" + this.conference.workshop(1).id() + "']").click();
		find("label[for='consent']").click();
		find("form.registration-form button[type=submit]").click();
		waitForPath(form + "/controleer-uw-email");
		axe();
		reflow();

		String personal = BrowserMail.personalLink("eva.tour@example.org", "Bevestiging");
		check(personal);
		find("label[for='change-" + this.conference.workshop(0).id() + "']").click();
		find("form.change-choice button[type=submit]").click();
		waitForVisible("main .alert");
		axe();
		reflow();
		// correcting one's details: the form with its field errors
		find("form.personal-details #name").clear();
		find("form.personal-details button[type=submit]").click();
		waitForVisible("#details-error-summary");
		axe();
		reflow();
		check(personal + "/annuleren");
		// The participant's data: erasing it, with its confirmation step and the page that tells what happened.
		check(personal + "/verwijderen");
		tabTo("main form button[type=submit]");
		find("main form button[type=submit]").click();
		waitForPath("/privacy/verwijderd");
		assertThat(status()).isEqualTo(200);
		axe();
		reflow();
		check("/privacy");
	}

	@Test
	void organiserPages() {
		long id = this.conference.event().getId();
		signIn();
		for (String page : new String[] { "/admin", "/admin/events", "/admin/events/new", "/admin/events/" + id,
				"/admin/events/" + id + "/programme", "/admin/events/" + id + "/registration-settings",
				"/admin/events/" + id + "/approvals", "/admin/events/" + id + "/registrations",
				"/admin/mail", "/admin/tokens", "/admin/events/" + id + "/cancel", "/admin/privacy",
				"/admin/privacy/verwerkingsregister",
				"/admin/organisations/" + this.conference.organisation().id() + "/edit",
				"/admin/events/" + id + "/postpone?dateUnknown=true" }) {
			open(page);
			assertThat(status()).as("status of %s", page).isEqualTo(200);
			assertThat(findAll("h1")).as("one h1 on %s", page).hasSize(1);
			axe();
		}
		open("/admin/events/new");
		find("main form.form button[type=submit]").click();
		waitForVisible("main .field-error");
		axe();
		// Deleting a workshop someone chose: the organiser decides what happens to them.
		String programme = "/admin/events/" + id + "/programme";
		open(programme + "/sessions/" + this.conference.workshop(0).id() + "/delete");
		assertThat(text("main")).contains("Wat gebeurt er met deze deelnemers?");
		axe();
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		open(programme + "/parts/" + this.conference.round().id() + "/delete");
		assertThat(text("main")).contains("kozen een workshop in deze ronde");
		axe();
		// Erasing on request without an address: the field errors; an accent colour with too little contrast.
		open("/admin/privacy");
		find("main form.form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		open("/admin/organisations/" + this.conference.organisation().id() + "/edit");
		find("main #accentColour").clear();
		find("main #accentColour").sendKeys("#ffcc00");
		find("main form.form button[type=submit]").click();
		waitForVisible("#accentColour-error");
		axe();
		// Editing a registration question, and its error summary.
		this.jdbc.sql("insert into registration_question (event_id, kind, text, required, position) "
				+ "values (?, 'TEXT', 'Dieetwensen?', false, 1)").param(id).update();
		long question = this.jdbc.sql("select max(id) from registration_question where event_id = ?")
			.param(id).query(Long.class).single();
		open("/admin/events/" + id + "/registration-settings/questions/" + question);
		assertThat(status()).isEqualTo(200);
		axe();
		find("main #text").clear();
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
	}

	@Test
	void searchAndDirectoryIndexes() {
		// The search box in the header leads to the results, with marked words and a filter.
		open("/");
		find("#site-search-q").sendKeys("Workshop");
		find("form.site-search button[type=submit]").click();
		waitForVisible("#search-results-heading");
		assertThat(text("main")).contains("Conferentie Toegankelijk Samenwerken");
		check("/zoeken?q=Workshop&kind=event&when=upcoming");
		check("/zoeken?q=geen-enkel-resultaat");
		check("/personen");
		assertThat(text("main")).contains(this.conference.chair().name());
		check("/organisaties");
	}

	@Test
	void accountPages() throws Exception {
		driver().manage().deleteAllCookies();
		check("/login");
		check("/wachtwoord/vergeten");
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		check("/wachtwoord/vergeten/verstuurd");
		open("/wachtwoord/instellen/no-such-link-" + System.nanoTime());
		assertThat(status()).isEqualTo(404);
		axe();
		reflow();
		// A link from an invitation, for an account with a second factor (known secret), to go through every step.
		String token = "tour-" + System.nanoTime();
		String name = "tour-" + System.nanoTime();
		this.jdbc.sql("insert into account (username, password_hash, display_name, role, enabled, created_at, email)"
				+ " values (?, '{noop}x', 'Tour', 'ORGANISER', true, current_timestamp, ?)")
			.params(name, name + "@voorbeeld.nl").update();
		long account = this.jdbc.sql("select id from account where username = ?").param(name).query(Long.class).single();
		this.jdbc.sql("insert into account_token (account_id, purpose, token_hash, created_at, expires_at)"
				+ " values (?, 'INVITATION', ?, current_timestamp, ?)")
			.params(account, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))), java.time.LocalDateTime.now().plusDays(1))
			.update();
		check("/wachtwoord/instellen/" + token);
		find("#password").sendKeys("kort");
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		String password = "een-lange-zin-voor-de-rondleiding";
		find("#password").sendKeys(password);
		find("#confirmation").sendKeys(password);
		find("main form button[type=submit]").click();
		waitUntil(d -> currentPath().startsWith("/login?passwordSet"));
		axe();
		this.jdbc.sql("insert into account_two_factor (account_id, secret, enabled_at) values (?, ?, current_timestamp)")
			.params(account, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").update();
		signIn(name, password);
		assertThat(currentPath()).isEqualTo("/login/code");
		check("/login/code");
		find("#code").sendKeys("000000");
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		driver().manage().deleteAllCookies();
		signIn();
		for (String page : new String[] { "/admin/account/password", "/admin/account/two-factor",
				"/admin/accounts/invite", "/admin/audit" }) {
			check(page);
		}
		open("/admin/accounts/invite");
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
	}

	@Test
	void checkInScreen() {
		String screen = "/admin/events/" + this.conference.event().getId() + "/check-in";
		signIn();
		check(screen);
		assertThat(text("#arrivals-counter")).contains("0 van de 1 aanwezig");
		find("main #code").sendKeys("0000-0000-0000");
		find("#check-in-form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		reflow();
		find("main .check-in__people button[type=submit]").click();
		waitForVisible("#check-in-result");
		assertThat(text("#arrivals-counter")).contains("1 van de 1 aanwezig");
		axe();
		reflow();
	}

	@Test
	void checkInScreenForAWorkshopAndTheWalkInForm() {
		String screen = "/admin/events/" + this.conference.event().getId() + "/check-in";
		signIn();
		check(screen + "?sessie=" + this.conference.workshop(0).id());
		assertThat(text("#arrivals-counter")).contains("0 van de 1 aanwezig");
		assertThat(find("#check-in-live").getAttribute("hx-trigger")).isEqualTo("every 5s [!this.contains(document.activeElement)]");
		// The scan script ran without errors: with a camera API, it added the camera button (BarcodeDetector or
		// the jsQR fallback); and the fallback decoder loads in this browser and reads a QR code of ours.
		if ((Boolean) js().executeScript("return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);")) {
			assertThat(findAll("#check-in-form button[type=button]")).hasSize(1);
		}
		Object decoded = js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const script = document.createElement('script');
				script.src = document.getElementById('check-in-form').dataset.decoder;
				script.onerror = () => done('not loaded');
				script.onload = () => {
				  const img = new Image();
				  img.onload = () => {
				    const canvas = document.createElement('canvas');
				    canvas.width = img.width; canvas.height = img.height;
				    const context = canvas.getContext('2d');
				    context.drawImage(img, 0, 0);
				    const data = context.getImageData(0, 0, canvas.width, canvas.height);
				    const code = window.jsQR(data.data, data.width, data.height);
				    done(code ? code.data : 'not read');
				  };
				  img.src = arguments[0];
				};
				document.head.appendChild(script);
				""", nl.bijeen.attendance.QrCodes.dataUri("7K3MQ9TX2HBD"));
		assertThat(decoded).isEqualTo("7K3MQ9TX2HBD");
		find("main .check-in__people button[type=submit]").click();
		waitForVisible("#check-in-result");
		assertThat(text("#arrivals-counter")).contains("1 van de 1 aanwezig");
		axe();
		reflow();
		// The event is full: the walk-in form answers with a clear message, and nobody is registered.
		find("#walk-in-form #name").sendKeys("Wim Binnenloper");
		find("#walk-in-form #email").sendKeys("wim.tour@example.org");
		find("#walk-in-form button[type=submit]").click();
		waitForVisible("#error-summary");
		assertThat(text("#error-summary")).contains("Vol");
		axe();
		reflow();
	}

	@Test
	void accountAndRightsPages(@Autowired nl.bijeen.people.PeopleSeeds people,
			@Autowired nl.bijeen.events.EventSeeds events, @Autowired nl.bijeen.accounts.AccountSeeds accounts,
			@Autowired nl.bijeen.rights.Memberships memberships) {
		var rights = nl.bijeen.rights.RightsFixture.create(people, events, accounts, memberships);
		signIn(rights.adminA().username(), rights.adminA().password());
		check("/admin/accounts");
		check("/admin/accounts/" + rights.managerA().accountId());
		check("/admin/accounts/" + rights.volunteerA().accountId());
		check("/admin/venues");
		check("/admin/venues/" + rights.venueA() + "/edit");
		check("/admin/tokens");
		find("main form[action$='/admin/tokens'] #name").clear();
		find("main form[action$='/admin/tokens'] button[type=submit]").click();
		waitForVisible("main .field-error");
		axe();
	}

	@Test
	void certificateAndRegisterPages(@Autowired nl.bijeen.registration.internal.RegistrationSettingsRepository settings) {
		long id = this.conference.event().getId();
		settings.save(new nl.bijeen.registration.internal.RegistrationSettings(id, true, false, false, null, true, 4,
				"REGISTERPLEIN,SKJ", 2, 60, null));
		// present, with a number stored before the register's format was checked
		this.jdbc.sql("update registration set register_name = 'REGISTERPLEIN', registration_number = '12AB' "
				+ "where event_id = ? and email = 'vol.tour@example.org'").param(id).update();
		long registration = this.jdbc.sql("select id from registration where event_id = ? and email = 'vol.tour@example.org'")
			.param(id).query(Long.class).single();
		this.jdbc.sql("insert into check_in (registration_id, event_id, checked_in_at) values (?, ?, current_timestamp)")
			.params(registration, id).update();
		String code = String.format("%020d", System.nanoTime());
		this.jdbc.sql("insert into certificate (registration_id, event_id, code, issued_at) values (?, ?, ?, current_timestamp)")
			.params(registration, id, code).update();

		check("/certificaat/" + code);
		assertThat(text("main")).contains("Deelnemer vol.tour@example.org", "Conferentie Toegankelijk Samenwerken");
		open("/certificaat/0000-0000-0000-0000-000Z");
		assertThat(status()).isEqualTo(404);
		axe();
		reflow();
		String personal = BrowserMail.personalLink("vol.tour@example.org", "Bevestiging");
		check(personal);
		assertThat(findAll("#certificate-download")).hasSize(1);

		signIn();
		check("/admin/events/" + id + "/certificates");
		assertThat(text("main")).contains("12AB");
		check("/admin/registers");
		check("/admin/registers/REGISTERPLEIN/edit");
		check("/admin/registers/new");
		find("main form.form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		reflow();
		check("/admin/events/" + id + "/registration-settings");
	}

	@Test
	void insightPages(@Autowired nl.bijeen.events.EventSeeds events,
			@Autowired nl.bijeen.programme.ProgrammeSeeds programme, @Autowired nl.bijeen.insights.InsightSeeds seeds) {
		nl.bijeen.insights.InsightFixtures meetings = new nl.bijeen.insights.InsightFixtures(events, programme);
		nl.bijeen.insights.InsightFixtures.Meeting running = meetings.running();
		nl.bijeen.insights.InsightFixtures.Meeting past = meetings.past();
		for (nl.bijeen.insights.InsightFixtures.Meeting m : java.util.List.of(running, past)) {
			seeds.add(m.event().getId(), m.session(0), "Buurtkracht groeit als inwoners zelf de agenda bepalen.",
					"Fatima", nl.bijeen.insights.InsightStatus.APPROVED, m.event().getStartsAt().plusMinutes(10));
			seeds.add(m.event().getId(), null, "Samen beslissen kost tijd en levert veel op.", null,
					nl.bijeen.insights.InsightStatus.APPROVED, m.event().getStartsAt().plusMinutes(20));
			seeds.add(m.event().getId(), null, "Nog te beoordelen.", null, nl.bijeen.insights.InsightStatus.PENDING,
					m.event().getStartsAt().plusMinutes(30));
		}
		String share = "/evenementen/" + running.slug() + "/inzichten/delen";
		check(share + "?sessie=" + running.session(1));
		find("main button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		reflow();
		find("main #text").sendKeys("Luisteren is ook een interventie.");
		find("main button[type=submit]").click();
		waitForVisible("main .alert--success");
		axe();
		check("/evenementen/" + running.slug() + "/inzichten");
		assertThat(text("#insights-list")).contains("Buurtkracht groeit", "Samen beslissen").doesNotContain("Nog te");
		// Live for the projector: htmx fetches the list again every 5 seconds.
		seeds.add(running.event().getId(), null, "Net goedgekeurd tijdens de sessie.", null,
				nl.bijeen.insights.InsightStatus.APPROVED, running.event().getStartsAt().plusMinutes(50));
		waitUntil(d -> text("#insights-list").contains("Net goedgekeurd"));
		check("/evenementen/" + past.slug());
		assertThat(text("#insights-heading")).isNotEmpty();
		signIn();
		check("/admin/events/" + running.event().getId() + "/inzichten");
	}

	@Test
	void newsletterPages(@Autowired nl.bijeen.newsletter.Subscriptions subscriptions,
			@Autowired nl.bijeen.newsletter.NewsletterSeeds seeds, @Autowired nl.bijeen.newsletter.EditionEditor editor) {
		driver().manage().deleteAllCookies();
		check("/nieuwsbrief");
		find("main form button[type=submit]").click();
		waitForVisible("#error-summary");
		axe();
		reflow();
		String slug = "tour-editie-" + System.nanoTime();
		seeds.sentEdition(slug, null, "Nieuws uit de tour", "Een *korte* inleiding.",
				java.util.List.of(new nl.bijeen.newsletter.EditionItem("EVENT", this.conference.event().getId(),
						"Conferentie Toegankelijk Samenwerken", "Samenvatting", "/evenementen/" + this.conference.slug())),
				java.util.List.of(), java.time.Instant.now());
		check("/nieuwsbrief/archief");
		check("/nieuwsbrief/" + slug);
		String email = "tour." + System.nanoTime() + "@example.org";
		subscriptions.subscribe(email, "Tour Lezer", java.util.List.of(this.conference.theme().id()), null,
				nl.bijeen.newsletter.Subscriptions.Source.FORM);
		String token = "tour-token-" + System.nanoTime() + "-abcdefghijklmnop";
		this.jdbc.sql("insert into newsletter_link (token_hash, subscriber_id, created_at) select ?, id, current_timestamp "
				+ "from newsletter_subscriber where email = ?")
			.params(sha256(token), email)
			.update();
		check("/nieuwsbrief/bevestigen/" + token);
		find("main form button[type=submit]").click();
		waitForVisible("main form input[name=themeIds]");
		axe();
		reflow();
		check("/nieuwsbrief/afmelden/" + token);
		find("main form button[type=submit]").click();
		waitForVisible("main .alert");
		axe();

		signIn();
		check("/admin/newsletter");
		check("/admin/newsletter/new");
		find("main form button.button--primary").click();
		waitForVisible("#error-summary");
		axe();
		nl.bijeen.newsletter.web.EditionForm form = new nl.bijeen.newsletter.web.EditionForm();
		form.setTitle("Tour-editie");
		form.setIntroduction("Welkom bij **deze** editie.");
		form.setItems(new java.util.ArrayList<>(java.util.List.of("EVENT-" + this.conference.event().getId())));
		long id = editor.create(form, null);
		check("/admin/newsletter/" + id);
		check("/admin/newsletter/" + id + "/preview");
		check("/admin/newsletter/" + id + "/send");
	}

	private static String sha256(String token) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void check(String path) {
		open(path);
		assertThat(status()).as("status of %s", path).isEqualTo(200);
		assertThat(findAll("h1")).as("one h1 on %s", path).hasSize(1);
		axe();
		reflow();
	}

}
