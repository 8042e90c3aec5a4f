package nl.bijeen.accounts;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.servlet.http.Cookie;
import jakarta.mail.internet.MimeMessage;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in for real (form, session, database): throttling, invitation and reset links by mail (GreenMail),
 * ending sessions, the forced password change, two-factor sign-in with a code computed here (RFC 6238 with
 * javax.crypto), and the sign-in in the audit log. On H2 and PostgreSQL.
 */
abstract class AccountSecurityContract extends RegistrationIntegrationTest {

	static final String PASSWORD = "paars-fietsje-onder-de-brug";

	static GreenMail smtp;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startSmtp() throws Exception {
		if (smtp == null) {
			smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
		}
	}

	@AfterAll
	static void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}

	@Test
	void failedSignInsMakeTheNextWaitLongerAndLongerForTheAccountAndTheAddressAndTheSignInPageSaysSo() throws Exception {
		String name = account("throttled", Account.Role.ORGANISER);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(name, "wrong-password-" + i, "10.1.0.1").getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		// The fifth failure started a wait of 1 s: even the right password is not checked now.
		assertThat(signIn(name, PASSWORD, "10.1.0.2").getResponse().getRedirectedUrl()).isEqualTo("/login?wait=1");
		assertThat(this.mvc.perform(get("/login?wait=1").header("Accept-Language", "nl")).andReturn().getResponse()
			.getContentAsString()).contains("Probeer het over 1 seconde opnieuw").contains("Na 5 mislukte pogingen");
		assertThat(this.mvc.perform(get("/login?wait=120").header("Accept-Language", "en")).andReturn().getResponse()
			.getContentAsString()).contains("Try again in 120 seconds").contains("After 5 failed attempts");
		Thread.sleep(1100);
		signIn(name, "wrong-again", "10.1.0.3");
		assertThat(waitSeconds("ACCOUNT", name)).isBetween(1.5, 2.0);
		unblock();
		signIn(name, "wrong-again", "10.1.0.3");
		assertThat(waitSeconds("ACCOUNT", name)).isBetween(3.5, 4.0);
		unblock();
		// The right password after the wait signs in, and the account's failures are forgotten.
		assertThat(signIn(name, PASSWORD, "10.1.0.3").getResponse().getRedirectedUrl()).endsWith("/admin");
		assertThat(this.jdbc.sql("select count(*) from sign_in_throttle where scope = 'ACCOUNT' and subject = :s")
			.param("s", name).query(Integer.class).single()).isZero();

		// Per address: 20 failures with different names from one address block that address.
		for (int i = 0; i < 20; i++) {
			signIn("nobody-" + i, "whatever-it-is", "10.1.0.9");
		}
		assertThat(signIn(name, PASSWORD, "10.1.0.9").getResponse().getRedirectedUrl()).startsWith("/login?wait=");
		assertThat(signIn(name, PASSWORD, "10.1.0.10").getResponse().getRedirectedUrl()).endsWith("/admin");
	}

	@Test
	void httpBasicWorksOnlyForTheManagementEndpoints() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes());
		assertThat(this.mvc.perform(get("/admin").header("Authorization", basic)).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.perform(get("/actuator/metrics").header("Authorization", basic)).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void anInvitationMailCarriesAOneTimeLinkToSetAPasswordThatMeetsThePolicy() throws Exception {
		Cookie[] admin = session(signIn("admin", "admin-test-password", "10.2.0.1"));
		this.mvc.perform(post("/admin/accounts/invite").cookie(admin).with(csrf()).header("Accept-Language", "nl")
			.param("email", "Nieuw.Lid@Voorbeeld.nl").param("displayName", "Nieuw Lid").param("role", "ORGANISER"));
		MimeMessage mail = receive("nieuw.lid@voorbeeld.nl", "Uitnodiging");
		String text = (String) mail.getContent();
		assertThat(text).contains("Beste Nieuw Lid").contains("7 dagen");
		String link = link(mail);

		String page = this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("nieuw.lid@voorbeeld.nl");
		MvcResult weak = this.mvc.perform(post(link).with(csrf()).header("Accept-Language", "nl")
			.param("password", "password1234").param("confirmation", "password1234")).andReturn();
		assertThat(weak.getResponse().getContentAsString()).contains("veel gebruikt");
		MvcResult shortOne = this.mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
			.param("password", "kort-ww").param("confirmation", "kort-ww")).andReturn();
		assertThat(shortOne.getResponse().getContentAsString()).contains("at least 12 characters");

		assertThat(this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?passwordSet");
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD + "x")
			.param("confirmation", PASSWORD + "x")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(signIn("nieuw.lid@voorbeeld.nl", PASSWORD, "10.2.0.2").getResponse().getRedirectedUrl())
			.endsWith("/admin");
	}

	@Test
	void anOrganisationsInvitationAndResetMailsNameTheOrganisationInTheOutbox(@Autowired PeopleSeeds people,
			@Autowired EventSeeds events, @Autowired AccountSeeds seeds, @Autowired Memberships memberships)
			throws Exception {
		RightsFixture f = RightsFixture.create(people, events, seeds, memberships);
		String invitee = "lid-" + f.adminA().username() + "@voorbeeld.nl";
		this.mvc.perform(post("/admin/accounts/invite").with(csrf())
			.with(SecurityMockMvcRequestPostProcessors.user(f.adminA().username()).roles("ORGANISER"))
			.param("email", invitee).param("displayName", "Lid van A").param("role", "ORGANISER"));
		assertThat(organisationOfMailTo(invitee)).isEqualTo(f.organisationA());

		String member = f.managerA().username() + "@voorbeeld.nl";
		this.jdbc.sql("update account set email = :e where id = :id").param("e", member)
			.param("id", f.managerA().accountId()).update();
		this.mvc.perform(post("/wachtwoord/vergeten").with(csrf()).param("email", member));
		assertThat(organisationOfMailTo(member)).isEqualTo(f.organisationA());
	}

	private Long organisationOfMailTo(String address) {
		return this.jdbc.sql("select organisation_id from mail_outbox where to_address = :to")
			.param("to", address)
			.query(Long.class)
			.single();
	}

	@Test
	void aResetLinkIsMailedOnlyForAKnownAddressWithTheSameAnswerAndExpires() throws Exception {
		String name = account("resetter", Account.Role.ORGANISER);
		this.jdbc.sql("update account set email = :e where username = :n").param("e", name + "@voorbeeld.nl")
			.param("n", name).update();
		MvcResult known = this.mvc.perform(post("/wachtwoord/vergeten").with(csrf()).param("email", name + "@voorbeeld.nl"))
			.andReturn();
		MvcResult unknown = this.mvc.perform(post("/wachtwoord/vergeten").with(csrf())
			.param("email", "onbekend-" + name + "@voorbeeld.nl")).andReturn();
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
		MimeMessage mail = receive(name + "@voorbeeld.nl", "wachtwoord");
		String link = link(mail);

		// An expired link no longer works.
		this.jdbc.sql("update account_token set expires_at = :t where used_at is null and account_id = "
				+ "(select id from account where username = :n)")
			.param("t", java.time.LocalDateTime.now().minusMinutes(1)).param("n", name).update();
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndDisablingEndsAll() throws Exception {
		String name = account("sessions", Account.Role.ORGANISER);
		Cookie[] first = session(signIn(name, PASSWORD, "10.3.0.1"));
		Cookie[] second = session(signIn(name, PASSWORD, "10.3.0.2"));
		assertThat(status(get("/admin"), second)).isEqualTo(200);

		String next = "een-nieuwe-zin-om-te-onthouden";
		MvcResult changed = this.mvc.perform(post("/admin/account/password").cookie(second).with(csrf())
			.param("current", PASSWORD).param("password", next).param("confirmation", next)).andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/account/password");
		assertThat(status(get("/admin"), second)).isEqualTo(200);
		MvcResult ended = this.mvc.perform(get("/admin").cookie(first)).andReturn();
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(this.mvc.perform(get("/admin").cookie(first)).andReturn().getResponse().getRedirectedUrl())
			.as("the ended session is gone").endsWith("/login");

		this.jdbc.sql("update account set enabled = false where username = :n").param("n", name).update();
		assertThat(this.mvc.perform(get("/admin").cookie(second)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	@Test
	void anAccountThatMustChangeItsPasswordSeesNothingElseFirst() throws Exception {
		String name = account("mustchange", Account.Role.ADMIN);
		this.jdbc.sql("update account set must_change_password = true where username = :n").param("n", name).update();
		Cookie[] session = session(signIn(name, PASSWORD, "10.4.0.1"));
		assertThat(this.mvc.perform(get("/admin/events").cookie(session)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/account/password");
		String next = "zeven-groene-kikkers-in-de-sloot";
		this.mvc.perform(post("/admin/account/password").cookie(session).with(csrf()).param("current", PASSWORD)
			.param("password", next).param("confirmation", next));
		assertThat(status(get("/admin/events"), session)).isEqualTo(200);
	}

	@Test
	void twoFactorSignInWithAnAuthenticatorCodeOrAOneTimeRecoveryCode() throws Exception {
		String name = account("totp", Account.Role.ORGANISER);
		Cookie[] session = session(signIn(name, PASSWORD, "10.5.0.1"));
		String page = this.mvc.perform(get("/admin/account/two-factor").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		// The QR code, read with a QR decoder, carries the otpauth URI with the secret.
		Matcher qr = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(page);
		assertThat(qr.find()).isTrue();
		var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(qr.group(1))));
		String uri = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		Matcher secretInUri = Pattern.compile("secret=([A-Z2-7]+)").matcher(uri);
		assertThat(secretInUri.find()).isTrue();
		String secret = secretInUri.group(1);
		assertThat(page).as("the secret is also shown to type in").contains(secret.substring(0, 4));
		assertThat(uri).startsWith("otpauth://totp/").contains("issuer=bijeen");

		assertThat(this.mvc.perform(post("/admin/account/two-factor").cookie(session).with(csrf())
			.param("code", "000000")).andReturn().getResponse().getContentAsString()).contains("aria-invalid=\"true\"");
		MvcResult enabled = this.mvc.perform(post("/admin/account/two-factor").cookie(session).with(csrf())
			.param("code", totp(secret, 0))).andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) enabled.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();

		// Signing in now asks for a code; before it, the workbench stays closed.
		MvcResult password = signIn(name, PASSWORD, "10.5.0.2");
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie[] pending = session(password);
		assertThat(this.mvc.perform(get("/admin").cookie(pending)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
		assertThat(this.mvc.perform(post("/login/code").cookie(pending).with(csrf()).param("code", "123456"))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		String code = totp(secret, 0);
		MvcResult signedIn = this.mvc.perform(post("/login/code").cookie(pending).with(csrf()).param("code", code))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/admin");
		// The session gets a new id once the second step is passed (session fixation): its new cookie.
		Cookie[] complete = (signedIn.getResponse().getCookies().length > 0) ? signedIn.getResponse().getCookies()
				: pending;
		assertThat(status(get("/admin"), complete)).isEqualTo(200);

		// The same code again is refused (no replay); a recovery code works once.
		Cookie[] again = session(signIn(name, PASSWORD, "10.5.0.3"));
		assertThat(this.mvc.perform(post("/login/code").cookie(again).with(csrf()).param("code", code))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(post("/login/code").cookie(again).with(csrf()).param("code", codes.get(0).toLowerCase()))
			.andReturn().getResponse().getRedirectedUrl()).endsWith("/admin");
		Cookie[] third = session(signIn(name, PASSWORD, "10.5.0.4"));
		assertThat(this.mvc.perform(post("/login/code").cookie(third).with(csrf()).param("code", codes.get(0)))
			.andReturn().getResponse().getStatus()).isEqualTo(200);

		// Signing in is in the audit log, once with the second factor.
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until && auditedSignIns(name, "2FA") < 2) {
			Thread.sleep(100);
		}
		assertThat(auditedSignIns(name, "2FA")).isEqualTo(2);
	}

	@Test
	void whenConfiguredAnAdministratorWithoutASecondFactorMustSetOneUpFirst(@Autowired AccountPolicyProperties policy)
			throws Exception {
		String admin = account("admin2fa", Account.Role.ADMIN);
		String organiser = account("org2fa", Account.Role.ORGANISER);
		policy.setRequireTwoFactorForAdministrators(true);
		try {
			Cookie[] session = session(signIn(admin, PASSWORD, "10.6.0.1"));
			assertThat(this.mvc.perform(get("/admin/events").cookie(session)).andReturn().getResponse()
				.getRedirectedUrl()).isEqualTo("/admin/account/two-factor");
			assertThat(status(get("/admin/account/two-factor"), session)).isEqualTo(200);
			assertThat(this.mvc.perform(get("/admin").cookie(session(signIn(organiser, PASSWORD, "10.6.0.2"))))
				.andReturn().getResponse().getRedirectedUrl()).as("an organiser is not sent to set up a second factor")
				.isNull();
		}
		finally {
			policy.setRequireTwoFactorForAdministrators(false);
		}
	}

	// --- helpers

	private int auditedSignIns(String name, String detail) {
		return this.jdbc.sql("select count(*) from audit_entry where action = 'SIGN_IN' and actor = :n and detail = :d")
			.param("n", name).param("d", detail).query(Integer.class).single();
	}

	private String account(String prefix, Account.Role role) {
		String name = prefix + "-" + System.nanoTime();
		this.accounts.save(Account.create(name, this.encoder.encode(PASSWORD), prefix, role));
		return name;
	}

	private MvcResult signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie[] session) throws Exception {
		return this.mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
	}

	/** The session lives in the shared session store (Spring Session JDBC); its cookie names it. */
	private static Cookie[] session(MvcResult result) {
		Cookie[] cookies = result.getResponse().getCookies();
		assertThat(cookies).as("session cookie after %s %s", result.getResponse().getStatus(),
				result.getResponse().getRedirectedUrl()).isNotEmpty();
		return cookies;
	}

	private double waitSeconds(String scope, String subject) {
		return this.jdbc
			.sql("select blocked_until from sign_in_throttle where scope = :scope and subject = :subject")
			.param("scope", scope).param("subject", subject)
			.query(java.time.LocalDateTime.class).single()
			.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli() / 1000.0
				- System.currentTimeMillis() / 1000.0;
	}

	private void unblock() {
		this.jdbc.sql("update sign_in_throttle set blocked_until = null where scope = 'ACCOUNT'").update();
	}

	private MimeMessage receive(String to, String subject) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().contains(to) && message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail '" + subject + "' to " + to);
	}

	private static String text(MimeMessage mail) {
		try {
			return (String) mail.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String link(MimeMessage mail) {
		Matcher link = Pattern.compile("http://localhost:8080(/wachtwoord/instellen/[A-Za-z0-9_-]+)")
			.matcher(text(mail));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	/**
	 * RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) for the current step plus {@code offset}, written here apart
	 * from the application's library.
	 */
	static String totp(String base32Secret, int offset) throws Exception {
		byte[] key = new Base32().decode(base32Secret);
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(key, "HmacSHA1"));
		long step = System.currentTimeMillis() / 1000 / 30 + offset;
		byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
		int at = hash[hash.length - 1] & 0xf;
		int binary = ((hash[at] & 0x7f) << 24) | ((hash[at + 1] & 0xff) << 16) | ((hash[at + 2] & 0xff) << 8)
				| (hash[at + 3] & 0xff);
		return String.format("%06d", binary % 1_000_000);
	}

}
