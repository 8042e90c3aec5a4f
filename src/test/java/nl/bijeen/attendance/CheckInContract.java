package nl.bijeen.attendance;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.support.SmtpInbox;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Check-in at the door: one check-in per person whatever the number of devices, the "already" answer, undo,
 * the screen and the API; on H2 ({@link CheckInH2IntegrationTests}) and PostgreSQL
 * ({@link CheckInPostgresIntegrationTests}).
 */
abstract class CheckInContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	CheckIns checkIns;

	@Autowired
	CheckInCodes codes;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoDevicesScanningTheSameCodeAtOnceMakeOneCheckIn() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long id = register(c, "twee-apparaten@example.org").registrationId();
		String code = this.codes.of(id);
		for (int round = 0; round < 10; round++) {
			this.checkIns.undo(c.event().getId(), id);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<CheckIn>> scans = new ArrayList<>();
				for (int device = 0; device < 2; device++) {
					scans.add(pool.submit(() -> {
						start.await();
						return this.checkIns.byCode(c.event().getId(), code, "deur");
					}));
				}
				start.countDown();
				CheckIn first = scans.get(0).get();
				CheckIn second = scans.get(1).get();
				assertThat(List.of(first.already(), second.already())).containsExactlyInAnyOrder(true, false);
				assertThat(first.checkedInAt()).isEqualTo(second.checkedInAt());
			}
			finally {
				pool.shutdown();
			}
			assertThat(this.jdbc.sql("select count(*) from check_in where registration_id = ?").param(id)
				.query(Integer.class).single()).isEqualTo(1);
		}
		// Each check-in and each undo is in the audit log (the first undo found nothing to undo).
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PARTICIPANT_CHECKED_IN'"
				+ " and subject = ?").params(c.event().getId(), "registration " + id).query(Integer.class).single())
			.isEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and detail = 'check-in undone'")
			.param(c.event().getId()).query(Integer.class).single()).isEqualTo(9);
	}

	@Test
	void codesAreRandomStoredUniqueAndOnlyForPeopleWithAPlace() {
		Conference c = this.fixtures.conference(1, 25);
		RegistrationResult anna = register(c, "anna@example.org");
		RegistrationResult waiting = register(c, "wacht@example.org");
		String code = this.codes.of(anna.registrationId());
		assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}").isNotEqualTo(anna.token());
		assertThat(this.codes.of(anna.registrationId())).isEqualTo(code);
		assertThat(this.codes.registration(CheckInCodes.display(code).toLowerCase())).contains(anna.registrationId());
		assertThatThrownBy(() -> this.checkIns.byCode(c.event().getId(), this.codes.of(waiting.registrationId()), null))
			.isInstanceOf(UnknownCode.class);
		Conference other = this.fixtures.conference(100);
		assertThatThrownBy(() -> this.checkIns.byCode(other.event().getId(), code, null)).isInstanceOf(UnknownCode.class);
		assertThatThrownBy(() -> this.checkIns.byCode(c.event().getId(), "ABCD", null)).isInstanceOf(UnknownCode.class);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theScreenChecksInByCodeAndByNameSaysAlreadyAndUndoes() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long anna = register(c, "scherm-anna@example.org").registrationId();
		register(c, "scherm-bram@example.org");
		String screen = "/admin/events/" + c.event().getId() + "/check-in";
		this.mvc.perform(get(screen)).andExpect(status().isOk())
			.andExpect(content().string(containsString("0 van de 2 aanwezig")))
			.andExpect(content().string(containsString("Nog niet aanwezig (2)")));
		String code = CheckInCodes.display(this.codes.of(anna));
		CheckIn first = (CheckIn) this.mvc.perform(post(screen).with(csrf()).param("code", code))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("checkIn");
		assertThat(first.already()).isFalse();
		CheckIn again = (CheckIn) this.mvc.perform(post(screen).with(csrf()).param("code", code.toLowerCase()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("checkIn");
		assertThat(again.already()).isTrue();
		assertThat(again.checkedInAt()).isEqualTo(first.checkedInAt());
		assertThat(again.attendee().sessions()).containsExactly("Workshop A");
		this.mvc.perform(get(screen)).andExpect(content().string(containsString("1 van de 2 aanwezig")))
			.andExpect(content().string(containsString("Nog niet aanwezig (1)")));
		this.mvc.perform(get(screen).param("q", "bram")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gevonden (1)")));
		this.mvc.perform(post(screen).with(csrf()).param("code", "0000-0000-0000"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Deze code hoort bij niemand")));
		this.mvc.perform(post(screen + "/" + anna + "/undo").with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(screen)).andExpect(content().string(containsString("0 van de 2 aanwezig")));
		this.mvc.perform(post(screen + "/" + anna).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(screen)).andExpect(content().string(containsString("1 van de 2 aanwezig")));
		this.mvc.perform(get("/admin/events/" + c.event().getId()))
			.andExpect(content().string(containsString("href=\"" + screen + "\"")));
	}

	@Test
	void theApiScansUndoesAndListsForOrganisersOnly() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long anna = register(c, "api-anna@example.org").registrationId();
		String code = this.codes.of(anna);
		String url = "/api/events/" + c.event().getId() + "/check-ins";
		String body = "{\"code\":\"" + code + "\"}";
		this.mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(url)).andExpect(status().isUnauthorized());
		String bearer = "Bearer " + this.tokens.issue("admin", "check-in tests");
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.already").value(false))
			.andExpect(jsonPath("$.sessions[0]").value("Workshop A"));
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.already").value(true));
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrived").value(1))
			.andExpect(jsonPath("$.expected").value(1))
			.andExpect(jsonPath("$.participants[0].checkedInAt", not(org.hamcrest.Matchers.nullValue())));
		this.mvc.perform(delete(url + "/" + anna).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNoContent());
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(jsonPath("$.arrived").value(0));
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"0000-0000-0000\"}"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(get("/api/events/999999/check-ins").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/events/{id}/check-ins")));
	}

	@Test
	void thePersonalPageShowsTheCodeAsAQrCodeThatDecodesToIt() throws Exception {
		Conference c = this.fixtures.conference(1, 25);
		RegistrationResult anna = register(c, "qr-anna@example.org");
		RegistrationResult waiting = register(c, "qr-wacht@example.org");
		String html = this.mvc.perform(get("/aanmelding/" + anna.token())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher img = java.util.regex.Pattern
			.compile("<img src=\"(data:image/png;base64,[^\"]+)\"[^>]*alt=\"([^\"]+)\"").matcher(html);
		assertThat(img.find()).as("a QR image in the page").isTrue();
		String code = this.codes.of(anna.registrationId());
		assertThat(img.group(2)).contains(CheckInCodes.display(code));
		assertThat(QrDecoder.decodeDataUri(img.group(1))).isEqualTo(code);
		this.mvc.perform(get("/aanmelding/" + waiting.token())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("check-in-code"))));
	}

	@Test
	void theConfirmationMailCarriesTheQrCodeOfTheCheckInCode() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Long anna = register(c, "qr-mail@example.org").registrationId();
		MimeMessage mail = inbox.receive("qr-mail@example.org", "");
		byte[] png = null;
		for (Part part : SmtpInbox.leaves(mail)) {
			if ("aanmeldcode.png".equals(SmtpInbox.fileName(part))) {
				try (InputStream in = part.getInputStream()) {
					png = in.readAllBytes();
				}
			}
		}
		assertThat(png).as("aanmeldcode.png attached").isNotNull();
		assertThat(QrDecoder.decode(png)).isEqualTo(this.codes.of(anna));
	}

	private RegistrationResult register(Conference c, String email) {
		return this.registrations.register(RegistrationFixtures.request(c, email, c.session(0), null, null));
	}

}
