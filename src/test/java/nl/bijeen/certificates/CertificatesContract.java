package nl.bijeen.certificates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.bijeen.attendance.CheckIns;
import nl.bijeen.attendance.QrDecoder;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.support.SmtpInbox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Certificates of attendance and the PE-online presence lists: only for those present, the PDF's text and QR code
 * read back (PDFBox, ZXing), the public verification page, mailing exactly once (also from two threads at once)
 * with the PDF arriving as an attachment, and the presence list per register. On H2
 * ({@link CertificatesH2IntegrationTests}) and PostgreSQL ({@link CertificatesPostgresIntegrationTests}).
 */
abstract class CertificatesContract extends RegistrationIntegrationTest {

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
	CertificateMails mails;

	@Autowired
	JdbcClient jdbc;

	/** An accredited conference (4 points, 3 for SKJ) with Anna (Registerplein), Bram (SKJ, English) and Cor (no
	 * register) present and Dirk (Registerplein) absent. */
	record Day(Conference c, RegistrationResult anna, RegistrationResult bram, RegistrationResult cor,
			RegistrationResult dirk) {

		Long id() {
			return this.c.event().getId();
		}

	}

	Day day(String tag) throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		this.mvc.perform(post("/admin/events/" + c.event().getId() + "/registration-settings").with(csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN"))
				.param("_waitingListEnabled", "on").param("accredited", "true").param("accreditationPoints", "4")
				.param("registers", "REGISTERPLEIN").param("registers", "SKJ").param("pointCodes[0]", "REGISTERPLEIN").param("pointValues[0]", "")
				.param("pointCodes[1]", "SKJ").param("pointValues[1]", "3")
				.param("reminderDays", "2").param("onlineLinkMinutesBefore", "60"))
			.andExpect(status().is3xxRedirection());
		RegistrationResult anna = register(c, "Anna Aanwezig", tag + "anna@example.org", "nl", "REGISTERPLEIN", "12345678");
		RegistrationResult bram = register(c, "Bram Present", tag + "bram@example.org", "en", "SKJ", "110012345");
		RegistrationResult cor = register(c, "Cor Zonderregister", tag + "cor@example.org", "nl", null, null);
		RegistrationResult dirk = register(c, "Dirk Afwezig", tag + "dirk@example.org", "nl", "REGISTERPLEIN",
				"87654321");
		for (RegistrationResult present : List.of(anna, bram, cor)) {
			this.checkIns.byRegistration(c.event().getId(), present.registrationId(), "test");
		}
		return new Day(c, anna, bram, cor, dirk);
	}

	@Test
	void aCertificateForThosePresentWithTheirPointsRegisterNumberCodeAndAQrCodeToItsPage() throws Exception {
		Day day = day("pdf-");
		byte[] pdf = this.mvc.perform(get("/aanmelding/" + day.anna().token() + "/certificaat.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		String code = code(day.anna().registrationId());
		String text = flat(text(pdf));
		assertThat(text).contains("Bewijs van deelname").contains("Anna Aanwezig")
			.contains("Conferentie Samen sterker").contains("Duur: 7 uur").contains("Workshop A")
			.contains("Accreditatie: 4 punten")
			.contains("Register: Registerplein, registratienummer 12345678")
			.contains("Verificatiecode: " + CertificateCodes.display(code))
			.doesNotContain("Bram").doesNotContain("@example.org");
		assertThat(qr(pdf)).isEqualTo("http://localhost:8080/certificaat/" + code);

		// English, the register's own points
		String bram = flat(text(this.mvc.perform(get("/aanmelding/" + day.bram().token() + "/certificaat.pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
		assertThat(bram).contains("Certificate of attendance").contains("Bram Present").contains("Accreditation: 3 points")
			.contains("Register: SKJ (Stichting Kwaliteitsregister Jeugd), registration number 110012345");
		// present without a register: a certificate without points
		String cor = flat(text(this.mvc.perform(get("/aanmelding/" + day.cor().token() + "/certificaat.pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
		assertThat(cor).contains("Cor Zonderregister").doesNotContain("Accreditatie").doesNotContain("punten");

		// The personal page offers it to those present only; the absent get a 404.
		this.mvc.perform(get("/aanmelding/" + day.anna().token())).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("href=\"/aanmelding/" + day.anna().token() + "/certificaat.pdf\"")));
		String absent = this.mvc.perform(get("/aanmelding/" + day.dirk().token())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(absent).doesNotContain("certificaat.pdf").doesNotContain("certificate-download");
		this.mvc.perform(get("/aanmelding/" + day.dirk().token() + "/certificaat.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/aanmelding/no-such-token/certificaat.pdf")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from certificate where registration_id = ?")
			.param(day.dirk().registrationId()).query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PERSONAL_DATA_DOWNLOADED' "
				+ "and subject = ?").params(day.id(), "registration " + day.anna().registrationId())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void whereWorkshopsHadTheirOwnCheckInTheCertificateNamesTheWorkshopsAttended() throws Exception {
		Day day = day("sessies-");
		// Anna held a place in the first workshop but was checked in to the second one; Cor to none.
		this.jdbc.sql("insert into session_attendance (registration_id, session_id, event_id, checked_in_at)"
				+ " values (?, ?, ?, current_timestamp)").params(day.anna().registrationId(), day.c().session(1), day.id())
			.update();
		String first = this.jdbc.sql("select title from session where id = ?").param(day.c().session(0))
			.query(String.class).single();
		String second = this.jdbc.sql("select title from session where id = ?").param(day.c().session(1))
			.query(String.class).single();
		String anna = flat(text(this.mvc.perform(get("/aanmelding/" + day.anna().token() + "/certificaat.pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
		assertThat(anna).contains(second).doesNotContain(first);
		String cor = flat(text(this.mvc.perform(get("/aanmelding/" + day.cor().token() + "/certificaat.pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
		assertThat(cor).contains("Cor Zonderregister").doesNotContain(first).doesNotContain(second);
	}

	@Test
	void thePublicPageConfirmsNameEventDateAndPointsAndNothingMore() throws Exception {
		Day day = day("verify-");
		this.mvc.perform(get("/aanmelding/" + day.anna().token() + "/certificaat.pdf")).andExpect(status().isOk());
		String code = code(day.anna().registrationId());
		String page = this.mvc.perform(get("/certificaat/" + CertificateCodes.display(code).toLowerCase(Locale.ROOT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Anna Aanwezig").contains("Conferentie Samen sterker")
			.contains(String.valueOf(day.c().event().getStartsAt().getYear())).contains("4 punten (Registerplein)")
			.contains("id=\"certificate-valid\"")
			.doesNotContain("12345678").doesNotContain("@example.org").doesNotContain("Workshop A");
		this.mvc.perform(get("/certificaat/ABCD-EFGH-JKMN-PQRS-TVWX")).andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Onbekend bewijs van deelname")));
		this.mvc.perform(get("/certificaat/kort")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void certificatesAreMailedOnceToThosePresentWithThePdfAttached() throws Exception {
		Day day = day("mail-");
		this.mvc.perform(post("/admin/events/" + day.id() + "/certificates/send").with(csrf()))
			.andExpect(status().is3xxRedirection());
		// again, and from two instances at once: nothing more is queued
		this.mvc.perform(post("/admin/events/" + day.id() + "/certificates/send").with(csrf()))
			.andExpect(status().is3xxRedirection());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> sent = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			sent.add(pool.submit(() -> {
				start.await();
				return this.mails.send(day.id());
			}));
		}
		start.countDown();
		for (Future<Integer> f : sent) {
			assertThat(f.get()).isZero();
		}
		pool.shutdown();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where event_id = ? and reference like 'certificate:%'")
			.param(day.id()).query(Integer.class).single()).isEqualTo(3);

		MimeMessage anna = inbox.receive("mail-anna@example.org", "bewijs van deelname");
		byte[] pdf = attachment(anna);
		assertThat(flat(text(pdf))).contains("Anna Aanwezig").contains("Accreditatie: 4 punten")
			.contains(CertificateCodes.display(code(day.anna().registrationId())));
		assertThat(SmtpInbox.text(anna)).contains(CertificateCodes.display(code(day.anna().registrationId())));
		inbox.receive("mail-bram@example.org", "certificate of attendance");
		inbox.receive("mail-cor@example.org", "bewijs van deelname");
		Thread.sleep(1500);
		assertThat(inbox.count("mail-anna@example.org", "bewijs van deelname")).isEqualTo(1);
		assertThat(inbox.count("mail-dirk@example.org", "bewijs van deelname")).isZero();
		String page = this.mvc.perform(get("/admin/events/" + day.id() + "/certificates")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"certificates-mailed\">3<").contains("id=\"certificates-present\">3<");

		// all certificates as one PDF for the organiser, a page each
		byte[] all = this.mvc.perform(get("/admin/events/" + day.id() + "/certificates.pdf")).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(all)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
		}
		assertThat(text(all)).contains("Anna Aanwezig").contains("Bram Present").contains("Cor Zonderregister")
			.doesNotContain("Dirk");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void thePeOnlineListHoldsThePresentNumbersWithThePrefixAndReportsThoseThatFailTheFormat() throws Exception {
		Day day = day("pe-");
		RegistrationResult eva = register(day.c(), "Eva Fout", "pe-eva@example.org", "nl", "REGISTERPLEIN", "11112222");
		this.checkIns.byRegistration(day.id(), eva.registrationId(), "test");
		// stored before the register's format was checked
		this.jdbc.sql("update registration set registration_number = '12AB' where id = ?").param(eva.registrationId())
			.update();
		String page = this.mvc.perform(get("/admin/events/" + day.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/admin/events/" + day.id() + "/certificates\"");
		String certificates = this.mvc.perform(get("/admin/events/" + day.id() + "/certificates"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(certificates)
			.contains("href=\"/admin/events/" + day.id() + "/pe-online/REGISTERPLEIN.txt\"")
			.contains("href=\"/admin/events/" + day.id() + "/pe-online/SKJ.txt\"")
			.contains("Eva Fout").contains("12AB");
		String list = this.mvc.perform(get("/admin/events/" + day.id() + "/pe-online/REGISTERPLEIN.txt"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).isEqualTo("RP12345678\r\n");
		String skj = this.mvc.perform(get("/admin/events/" + day.id() + "/pe-online/SKJ.txt"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(skj.lines().toList()).containsExactly("SKJ110012345");
		this.mvc.perform(get("/admin/events/" + day.id() + "/pe-online/NOPE.txt")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PERSONAL_DATA_DOWNLOADED' "
				+ "and subject like 'register %'").param(day.id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aPlatformAdministratorAddsARegisterWhoseFormatTheFormAndTheApiCheck() throws Exception {
		String code = "K" + (System.nanoTime() % 1_000_000);
		this.mvc.perform(post("/admin/registers").with(csrf()).param("code", code).param("name", "Kabiz " + code)
				.param("exportPrefix", "KB").param("numberPattern", "[0-9")
				.param("numberFormat", "KB- en 4 cijfers").param("numberExample", "KB-1234").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("geen geldige reguliere expressie")));
		this.mvc.perform(post("/admin/registers").with(csrf()).param("code", code).param("name", "Kabiz " + code)
				.param("exportPrefix", "KB").param("numberPattern", "KB-[0-9]{4}")
				.param("numberFormat", "KB- en 4 cijfers").param("numberExample", "1234").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Het voorbeeld voldoet niet aan het formaat")));
		this.mvc.perform(post("/admin/registers").with(csrf()).param("code", code).param("name", "Kabiz " + code)
				.param("exportPrefix", "").param("numberPattern", "KB-[0-9]{4}")
				.param("numberFormat", "KB- en 4 cijfers").param("numberExample", "KB-1234").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/registers")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Kabiz " + code)));
		this.mvc.perform(get("/admin/registers/" + code + "/edit")).andExpect(status().isOk());

		Conference c = this.fixtures.conference(100);
		this.mvc.perform(post("/admin/events/" + c.event().getId() + "/registration-settings").with(csrf())
				.param("_waitingListEnabled", "on").param("accredited", "true").param("accreditationPoints", "2")
				.param("registers", code).param("reminderDays", "2").param("onlineLinkMinutesBefore", "60"))
			.andExpect(status().is3xxRedirection());
		String form = this.mvc.perform(get("/evenementen/" + c.event().getSlug() + "/aanmelden"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"" + code + "\"").contains("KB- en 4 cijfers, bijvoorbeeld KB-1234")
			.doesNotContain("value=\"SKJ\"");
		this.mvc.perform(post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
				.with(client())
				.param("name", "Kim").param("email", "kim." + code + "@example.org").param("consent", "true")
				.param("registerName", code).param("registrationNumber", "1234"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(
					"Dit is geen geldig registratienummer voor Kabiz " + code
							+ ". Verwacht: KB- en 4 cijfers, bijvoorbeeld KB-1234.")));
		String problem = this.mvc.perform(post("/api/events/" + c.event().getId() + "/registrations")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.with(client())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Kim\",\"email\":\"kim.api." + code + "@example.org\",\"consent\":true,"
						+ "\"registerName\":\"" + code + "\",\"registrationNumber\":\"KB-12\"}"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(problem).contains("registrationNumber")
			.contains("This is not a valid registration number for Kabiz " + code
					+ ". Expected: KB- en 4 cijfers, for example KB-1234.");
		this.mvc.perform(post("/api/events/" + c.event().getId() + "/registrations")
				.with(client())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Kim\",\"email\":\"kim.ok." + code + "@example.org\",\"consent\":true,"
						+ "\"registerName\":\"" + code + "\",\"registrationNumber\":\"KB-1234\"}"))
			.andExpect(status().isAccepted());

		// made inactive: no longer offered
		this.mvc.perform(post("/admin/registers/" + code).with(csrf()).param("name", "Kabiz " + code).param("_active", "on")
				.param("exportPrefix", "").param("numberPattern", "KB-[0-9]{4}")
				.param("numberFormat", "KB- en 4 cijfers").param("numberExample", "KB-1234"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/evenementen/" + c.event().getSlug() + "/aanmelden"))
			.andReturn().getResponse().getContentAsString()).doesNotContain("value=\"" + code + "\"");
	}

	private RegistrationResult register(Conference c, String name, String email, String language, String register,
			String number) {
		Applicant applicant = new Applicant(name, email, "Gemeente Utrecht", null, Locale.forLanguageTag(language),
				Attendance.VENUE, false, register, number);
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.of(c.round().id(), new SessionPick(c.session(0), null)), Map.of(), null));
	}

	/** A client address of its own, so that the registration rate limit of other tests does not apply. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor client() {
		String address = "10.12." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String code(Long registrationId) {
		return this.jdbc.sql("select code from certificate where registration_id = ?").param(registrationId)
			.query(String.class).single();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** The QR code drawn on the first page, decoded from the image in the PDF. */
	private static String qr(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					return QrDecoder.decode(image.getImage());
				}
			}
		}
		throw new AssertionError("No image on the certificate");
	}

	private static byte[] attachment(Part mail) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getContentType().startsWith("application/pdf")) {
				return part.getInputStream().readAllBytes();
			}
			if (part.getContent() instanceof Multipart) {
				byte[] nested = attachment(part);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

}
