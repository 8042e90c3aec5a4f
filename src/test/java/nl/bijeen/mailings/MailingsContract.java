package nl.bijeen.mailings;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.bijeen.attendance.CheckIns;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail to participants: each audience is exactly the right people and never a cancelled or refused registration,
 * field errors in Dutch and English, the preview with the name filled in, the test mail to the organiser only,
 * sending once also from two threads at once (each recipient one mail, in the organisation's name), the record
 * with its counts, nobody mailed who cancelled after the draft, and Markdown sanitised. On H2
 * ({@link MailingsH2IntegrationTests}) and PostgreSQL ({@link MailingsPostgresIntegrationTests}).
 */
abstract class MailingsContract extends RegistrationIntegrationTest {

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
	MailingAudiences audiences;

	@Autowired
	MailingSending sending;

	@Autowired
	Mailings mailings;

	@Autowired
	MailingMailWriter writer;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A conference led by an organisation with its own sender name and reply-to address: Anna (workshop A, present),
	 * Bram (workshop B, English, present), Cor (workshop A, absent), Dirk (waiting list), Eva (cancelled) and Fleur
	 * (refused).
	 */
	record Day(Conference c, RegistrationResult anna, RegistrationResult bram, RegistrationResult cor,
			RegistrationResult dirk, RegistrationResult eva, RegistrationResult fleur, String tag) {

		Long id() {
			return this.c.event().getId();
		}

		String base() {
			return "/admin/events/" + id() + "/mailings";
		}

	}

	Day day(String prefix) {
		String tag = prefix + UUID.randomUUID().toString().substring(0, 6) + "-";
		Conference c = this.fixtures.conference(100, 25, 25);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into organisation (slug, name, mail_sender_name, reply_to) values (?, ?, ?, ?)")
			.params(tag + "org", "Kenniscentrum " + tag, "Kenniscentrum Evenementen", "antwoord@kenniscentrum.example")
			.update(keys, "id");
		this.jdbc.sql("insert into event_organiser (event_id, organisation_id, lead, position) values (?, ?, true, 0)")
			.params(c.event().getId(), keys.getKey().longValue()).update();
		RegistrationResult anna = register(c, "Anna Aanwezig", tag + "anna@example.org", "nl", 0);
		RegistrationResult bram = register(c, "Bram Present", tag + "bram@example.org", "en", 1);
		RegistrationResult cor = register(c, "Cor Afwezig", tag + "cor@example.org", "nl", 0);
		RegistrationResult dirk = register(c, "Dirk Wachtend", tag + "dirk@example.org", "nl", 1);
		RegistrationResult eva = register(c, "Eva Geannuleerd", tag + "eva@example.org", "nl", 0);
		RegistrationResult fleur = register(c, "Fleur Afgewezen", tag + "fleur@example.org", "nl", 1);
		// Eva had checked in before she cancelled: still never mailed.
		this.checkIns.byRegistration(c.event().getId(), eva.registrationId(), "test");
		this.jdbc.sql("update registration set status = 'WAITLISTED' where id = ?").param(dirk.registrationId()).update();
		this.jdbc.sql("update registration set status = 'CANCELLED' where id = ?").param(eva.registrationId()).update();
		this.jdbc.sql("update registration set status = 'REJECTED' where id = ?").param(fleur.registrationId()).update();
		for (RegistrationResult present : List.of(anna, bram)) {
			this.checkIns.byRegistration(c.event().getId(), present.registrationId(), "test");
		}
		return new Day(c, anna, bram, cor, dirk, eva, fleur, tag);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void eachAudienceIsExactlyTheRightPeopleAndNeverACancelledOrRefusedRegistration() throws Exception {
		Day d = day("aud-");
		assertThat(ids(d, Audience.PLACE, null)).containsExactlyInAnyOrder(id(d.anna()), id(d.bram()), id(d.cor()));
		assertThat(ids(d, Audience.SESSION, d.c().session(0))).containsExactlyInAnyOrder(id(d.anna()), id(d.cor()));
		assertThat(ids(d, Audience.SESSION, d.c().session(1))).containsExactly(id(d.bram()));
		assertThat(ids(d, Audience.WAITING, null)).containsExactly(id(d.dirk()));
		assertThat(ids(d, Audience.PRESENT, null)).containsExactlyInAnyOrder(id(d.anna()), id(d.bram()));
		assertThat(ids(d, Audience.ABSENT, null)).containsExactly(id(d.cor()));
		assertThat(this.audiences.count(d.id(), Audience.PLACE, null)).isEqualTo(3);
		assertThat(this.audiences.count(d.id(), Audience.ABSENT, null)).isEqualTo(1);
		assertThat(this.audiences.count(d.id(), Audience.SESSION, d.c().session(0))).isEqualTo(2);
		// a session's mailing whose session was deleted goes to nobody, never to everyone
		assertThat(ids(d, Audience.SESSION, null)).isEmpty();
		assertThat(this.audiences.count(d.id(), Audience.SESSION, null)).isZero();

		// The form counts each group and lists the sessions with their places.
		String form = this.mvc.perform(get(d.base() + "/new")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"count-PLACE\">(3 mensen)<").contains("id=\"count-WAITING\">(1 persoon)<")
			.contains("id=\"count-PRESENT\">(2 mensen)<").contains("Workshop A (2 deelnemers)")
			.contains("Kan pas als de bijeenkomst begonnen is.");

		// Absent only once the event has begun.
		this.mvc.perform(post(d.base()).with(csrf()).param("audience", "ABSENT").param("subject", "Gemist")
				.param("body", "Jammer dat u er niet was."))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Wie afwezig was, weet u pas als de bijeenkomst begonnen is.")));
		this.jdbc.sql("update event set starts_at = ?, ends_at = ? where id = ?")
			.params(LocalDateTime.now().minusHours(3), LocalDateTime.now().minusHours(1), d.id()).update();
		this.mvc.perform(post(d.base()).with(csrf()).param("audience", "ABSENT").param("subject", "Gemist")
				.param("body", "Jammer dat u er niet was."))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void badInputGetsFieldErrorsInDutchAndEnglish() throws Exception {
		Day d = day("err-");
		String nl = this.mvc.perform(post(d.base()).with(csrf()).param("audience", "SESSION").param("subject", "")
				.param("body", " "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(nl).contains("id=\"error-summary\"").contains("Vul een onderwerp in.")
			.contains("Vul de tekst van de mail in.").contains("Kies het onderdeel (de workshop)")
			.contains("aria-invalid=\"true\"");
		String en = this.mvc.perform(post(d.base()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.param("audience", "PLACE").param("subject", "Twee\nregels").param("body", "x".repeat(20001)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("The subject must be on one line.").contains("at most 20,000 characters");
		String tooLong = this.mvc.perform(post(d.base()).with(csrf()).param("audience", "NOBODY")
				.param("subject", "o".repeat(151)).param("body", "Tekst"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tooLong).contains("hoogstens 150 tekens").contains("Kies aan wie de mail gaat.");
		assertThat(this.mailings.ofEvent(d.id())).isEmpty();
	}

	@Test
	@WithMockUser(username = "mailer", roles = "ADMIN")
	void thePreviewFillsInTheNameAndTheTestMailGoesToTheOrganiserOnly() throws Exception {
		Day d = day("prev-");
		this.jdbc.sql("delete from account where username = 'mailer'").update();
		this.jdbc.sql("insert into account (username, password_hash, display_name, role, enabled, created_at, email)"
				+ " values ('mailer', 'x', 'Mia Mailer', 'ADMIN', true, current_timestamp, ?)")
			.param(d.tag() + "organiser@example.org").update();
		long id = draft(d, "PLACE", null, "Parkeren bij de zaal", "Beste {naam},\n\nParkeer **achter** het gebouw.");
		String preview = this.mvc.perform(get(d.base() + "/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(preview).contains("Beste Anna Aanwezig,").contains("id=\"preview-count\">3<")
			.contains("Kenniscentrum Evenementen").contains("antwoord@kenniscentrum.example")
			.contains("&lt;strong&gt;achter&lt;/strong&gt;").doesNotContain("{naam}")
			.contains(d.tag() + "organiser@example.org");

		this.mvc.perform(post(d.base() + "/" + id + "/test").with(csrf())).andExpect(status().is3xxRedirection());
		MimeMessage test = inbox.receive(d.tag() + "organiser@example.org", "[TEST] Parkeren bij de zaal");
		assertThat(SmtpInbox.text(test)).contains("Beste Anna Aanwezig,");
		Thread.sleep(1000);
		assertThat(inbox.count(d.tag() + "anna@example.org", "Parkeren bij de zaal")).isZero();
		assertThat(this.mailings.find(d.id(), id).orElseThrow().draft()).isTrue();
	}

	@Test
	@WithMockUser(username = "organisator", roles = "ADMIN")
	void sendingTwiceAtOnceMailsEachRecipientOnceInTheOrganisationsNameAndTheRecordShowsTheCount() throws Exception {
		Day d = day("send-");
		long id = draft(d, "PLACE", null, "Nieuwe zaal", "Beste {naam},\n\nWe zitten in *zaal 2*.\n\n"
				+ "<script>alert('x')</script><img src=x onerror=alert(1)>");
		String confirm = this.mvc.perform(get(d.base() + "/" + id + "/send")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(confirm).contains("Versturen naar 3 deelnemers?");

		Mailing m = this.mailings.find(d.id(), id).orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> sent = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			sent.add(pool.submit(() -> {
				start.await();
				return this.sending.send(m, "organisator");
			}));
		}
		start.countDown();
		int started = 0;
		for (Future<Boolean> f : sent) {
			started += f.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(started).isEqualTo(1);
		// and a third click through the page changes nothing
		this.mvc.perform(post(d.base() + "/" + id + "/send").with(csrf())).andExpect(status().is3xxRedirection());

		MimeMessage anna = inbox.receive(d.tag() + "anna@example.org", "Nieuwe zaal");
		InternetAddress from = (InternetAddress) anna.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo("Kenniscentrum Evenementen");
		assertThat(((InternetAddress) anna.getReplyTo()[0]).getAddress()).isEqualTo("antwoord@kenniscentrum.example");
		String html = SmtpInbox.html(anna);
		String text = SmtpInbox.text(anna);
		assertThat(html).contains("Beste Anna Aanwezig,").contains("<em>zaal 2</em>")
			.doesNotContain("<script").doesNotContain("alert(").doesNotContain("onerror")
			.contains("omdat u bent aangemeld voor Conferentie Samen sterker").contains("/aanmelding/");
		assertThat(text).contains("Beste Anna Aanwezig,").doesNotContain("<script").doesNotContain("alert(")
			.contains("Uw aanmelding bekijken, wijzigen of annuleren: http://localhost:8080/aanmelding/");
		// the personal link works
		this.mvc.perform(get(SmtpInbox.personalLink(anna))).andExpect(status().isOk());
		MimeMessage bram = inbox.receive(d.tag() + "bram@example.org", "Nieuwe zaal");
		assertThat(SmtpInbox.text(bram)).contains("Beste Bram Present,")
			.contains("You receive this message because you registered for");
		inbox.receive(d.tag() + "cor@example.org", "Nieuwe zaal");
		Thread.sleep(1500);
		for (String name : List.of("anna", "bram", "cor")) {
			String to = d.tag() + name + "@example.org";
			assertThat(inbox.count(to, "Nieuwe zaal")).as(to).isEqualTo(1);
		}
		for (String nobody : List.of("dirk", "eva", "fleur")) {
			assertThat(inbox.count(d.tag() + nobody + "@example.org", "Nieuwe zaal")).as(nobody).isZero();
		}
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where reference like ?").param("mailing:" + id + ":%")
			.query(Integer.class).single()).isEqualTo(3);

		String record = this.mvc.perform(get(d.base() + "/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(record).contains("id=\"record-recipients\">3<").contains("id=\"record-delivered\">3<")
			.contains("id=\"record-by\">organisator<").contains("id=\"record-status\">Verstuurd<");
		String list = this.mvc.perform(get(d.base())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Nieuwe zaal").contains("href=\"" + d.base() + "/" + id + "\"");
		String event = this.mvc.perform(get("/admin/events/" + d.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(event).contains("href=\"" + d.base() + "\"");
		String api = this.mvc.perform(get("/api/events/" + d.id() + "/mailings")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"subject\":\"Nieuwe zaal\"").contains("\"recipients\":3")
			.contains("\"audience\":\"PLACE\"").contains("\"status\":\"SENT\"");
		// a sent mailing is not changed any more
		this.mvc.perform(post(d.base() + "/" + id).with(csrf()).param("audience", "PLACE").param("subject", "Anders")
				.param("body", "Anders")).andExpect(status().is3xxRedirection());
		assertThat(this.mailings.find(d.id(), id).orElseThrow().subject()).isEqualTo("Nieuwe zaal");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void whoCancelsAfterTheDraftIsNotMailedAndTheWaitingListAndASessionGetOnlyTheirs() throws Exception {
		Day d = day("cancel-");
		long all = draft(d, "SESSION", d.c().session(0), "Materiaal workshop A", "Beste {naam}, neem een pen mee.");
		long waiting = draft(d, "WAITING", null, "Nog op de wachtlijst", "Beste {naam}, er komt misschien plek.");
		// Cor cancels through his personal link after the draft was written
		this.mvc.perform(post("/aanmelding/" + d.cor().token() + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		// (the place Cor freed may have gone to Dirk: he waits again, as the fixture has him)
		this.jdbc.sql("update registration set status = 'WAITLISTED' where id = ?").param(id(d.dirk())).update();
		this.mvc.perform(post(d.base() + "/" + all + "/send").with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("noticeCount", 1));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PARTICIPANTS_MAILED'")
			.param(d.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(this.sending.send(this.mailings.find(d.id(), waiting).orElseThrow(), "x")).isTrue();
		inbox.receive(d.tag() + "anna@example.org", "Materiaal workshop A");
		MimeMessage dirk = inbox.receive(d.tag() + "dirk@example.org", "Nog op de wachtlijst");
		assertThat(SmtpInbox.text(dirk)).contains("omdat u op de wachtlijst staat voor");
		Thread.sleep(1500);
		assertThat(inbox.count(d.tag() + "cor@example.org", "Materiaal workshop A")).isZero();
		assertThat(inbox.count(d.tag() + "bram@example.org", "Materiaal workshop A")).isZero();
		assertThat(inbox.count(d.tag() + "anna@example.org", "Nog op de wachtlijst")).isZero();
		assertThat(this.mailings.find(d.id(), all).orElseThrow().recipients()).isEqualTo(1);
		assertThat(this.mailings.find(d.id(), waiting).orElseThrow().recipients()).isEqualTo(1);
		assertThat(this.mailings.find(d.id(), all).orElseThrow().status()).isEqualTo(MailingStatus.SENT);

		// A registration cancelled after its mail was queued gets nothing: the writer reads it again.
		this.jdbc.sql("update registration set status = 'CANCELLED' where id = ?").param(id(d.anna())).update();
		assertThat(this.writer.write(MailingMailWriter.payload(all, id(d.anna())))).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void thePrivacyStatementAndTheProcessingRegisterSayWhatIsKept() throws Exception {
		String statement = this.mvc.perform(get("/privacy")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(statement).contains("<h2>Berichten van de organisator</h2>").contains("geen lijst van ontvangers")
			.doesNotContain("{{");
		String register = this.mvc.perform(get("/admin/privacy/verwerkingsregister.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(register).contains("Berichten van de organisator aan deelnemers").doesNotContain("{{");
	}

	private long draft(Day d, String audience, Long session, String subject, String body) throws Exception {
		var request = post(d.base()).with(csrf()).param("audience", audience).param("subject", subject)
			.param("body", body);
		if (session != null) {
			request = request.param("sessionId", String.valueOf(session));
		}
		String location = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Set<Long> ids(Day d, Audience audience, Long session) {
		Set<Long> ids = new HashSet<>();
		long after = 0;
		while (true) {
			var page = this.audiences.page(d.id(), audience, session, after, 2);
			if (page.isEmpty()) {
				return ids;
			}
			page.get().recipients().forEach(r -> ids.add(r.registrationId()));
			after = page.get().cursor();
		}
	}

	private static Long id(RegistrationResult r) {
		return r.registrationId();
	}

	private RegistrationResult register(Conference c, String name, String email, String language, int session) {
		Applicant applicant = new Applicant(name, email, "Gemeente Utrecht", null, Locale.forLanguageTag(language),
				Attendance.VENUE, false, null, null);
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.of(c.round().id(), new SessionPick(c.session(session), null)), Map.of(), null));
	}

}
