package nl.bijeen.evaluation;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.mail.internet.MimeMessage;
import nl.bijeen.attendance.CheckIns;
import nl.bijeen.common.Zones;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.PersonalData;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.support.SmtpInbox;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The evaluation of an event: building the form (field errors, nothing lost once answered), inviting only those
 * present and exactly once (also from two threads at once) with the mails read back from GreenMail, the one reminder
 * to non-responders only, answering through the personal link (field errors, once, closed), anonymity (asserted on
 * the tables), the results (average, median, distribution, the SVG charts parsed as XML), the CSV and XLSX exports read
 * back, the read model for other modules and erasure. On H2 ({@link EvaluationH2IntegrationTests}) and PostgreSQL
 * ({@link EvaluationPostgresIntegrationTests}).
 */
abstract class EvaluationContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080/evaluatie/([A-Za-z0-9_-]+)");

	private static final Pattern HIDDEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SVG = Pattern.compile("<svg class=\"chart-svg\".*?</svg>", Pattern.DOTALL);

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	CheckIns checkIns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationInvitations invitations;

	@Autowired
	EvaluationLinks links;

	@Autowired
	EvaluationSeeds seeds;

	@Autowired
	EvaluationScores scores;

	@Autowired
	PersonalData personalData;

	/** A conference that ended yesterday, with Anna (Dutch), Bram (English) and Cor present and Dirk and Eva absent. */
	record Day(Conference c, RegistrationResult anna, RegistrationResult bram, RegistrationResult cor,
			RegistrationResult dirk, RegistrationResult eva) {

		Long id() {
			return this.c.event().getId();
		}

		String admin() {
			return "/admin/events/" + id() + "/evaluation";
		}

	}

	Day day(String tag) {
		Conference c = this.fixtures.conference(100, 25, 25);
		RegistrationResult anna = register(c, "Anna Aanwezig", tag + "anna@example.org", "nl");
		RegistrationResult bram = register(c, "Bram Present", tag + "bram@example.org", "en");
		RegistrationResult cor = register(c, "Cor Clement", tag + "cor@example.org", "nl");
		RegistrationResult dirk = register(c, "Dirk Afwezig", tag + "dirk@example.org", "nl");
		RegistrationResult eva = register(c, "Eva Laat", tag + "eva@example.org", "nl");
		for (RegistrationResult present : List.of(anna, bram, cor)) {
			this.checkIns.byRegistration(c.event().getId(), present.registrationId(), "test");
		}
		LocalDateTime start = LocalDateTime.now(Zones.AMSTERDAM).minusDays(1).withHour(9).withMinute(30).withSecond(0)
			.withNano(0);
		this.jdbc.sql("update event set starts_at = ?, ends_at = ? where id = ?")
			.params(start, start.plusHours(7), c.event().getId()).update();
		return new Day(c, anna, bram, cor, dirk, eva);
	}

	@Test
	void anOrganiserBuildsTheFormWithFieldErrorsAndNothingAnsweredIsLost() throws Exception {
		Day day = day("form-");
		assertThat(page(day.admin())).contains("Standaardformulier maken", "Er zijn nog geen vragen.",
				"id=\"evaluation-status\">Concept<");
		assertThat(body("/admin/events/" + day.id())).contains("href=\"" + day.admin() + "\"");
		admin(post(day.admin() + "/open"));
		assertThat(page(day.admin())).contains("id=\"evaluation-status\">Concept<");

		admin(post(day.admin() + "/defaults"));
		assertThat(page(day.admin())).contains("Algemeen oordeel over de bijeenkomst", "Wat neemt u mee naar uw werk?",
				"Zou u een volgende editie bezoeken?", "Ja · Misschien · Nee");
		// twice: refused, nothing added
		assertThat(admin(post(day.admin() + "/defaults")).getFlashMap().get("error"))
			.isEqualTo("evaluation.refused.notEmpty");
		assertThat(questions(day)).hasSize(3);

		MvcResult empty = admin(post(day.admin() + "/questions").param("kind", "CHOICE").param("text", " ")
			.param("options", "Alleen deze"));
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Vul de vraag in.",
				"Geef minstens twee keuzes, elk op een eigen regel.", "aria-invalid=\"true\"", "id=\"error-summary\"",
				"Alleen deze");
		MvcResult range = admin(post(day.admin() + "/questions").param("kind", "OPEN").param("text", "Wat kan beter?")
			.param("maxLength", "5"));
		assertThat(range.getResponse().getStatus()).isEqualTo(422);
		assertThat(range.getResponse().getContentAsString()).contains("Kies een aantal tekens van 10 tot en met 2000.");
		MvcResult typed = admin(post(day.admin() + "/questions").param("kind", "OPEN").param("text", "Wat kan beter?")
			.param("maxLength", "veel"));
		assertThat(typed.getResponse().getContentAsString()).contains("Vul een geheel getal in.");
		assertThat(questions(day)).hasSize(3);

		admin(post(day.admin() + "/questions").param("kind", "CHOICE").param("text", "Welke workshops?")
			.param("options", "Workshop A\r\nWorkshop B\r\n\r\nWorkshop C").param("multiple", "true"));
		List<Question> four = questions(day);
		assertThat(four).extracting(Question::text).containsExactly("Algemeen oordeel over de bijeenkomst",
				"Wat neemt u mee naar uw werk?", "Zou u een volgende editie bezoeken?", "Welke workshops?");
		assertThat(four.get(3).options()).containsExactly("Workshop A", "Workshop B", "Workshop C");
		assertThat(four.get(3).multiple()).isTrue();
		// move the last one up, and the first one up (nothing happens)
		admin(post(day.admin() + "/questions/" + four.get(3).id() + "/move").param("richting", "op"));
		admin(post(day.admin() + "/questions/" + four.get(0).id() + "/move").param("richting", "op"));
		assertThat(questions(day)).extracting(Question::text).containsExactly("Algemeen oordeel over de bijeenkomst",
				"Wat neemt u mee naar uw werk?", "Welke workshops?", "Zou u een volgende editie bezoeken?");

		MvcResult early = admin(post(day.admin() + "/settings").param("anonymous", "true")
			.param("closesAt", LocalDateTime.now(Zones.AMSTERDAM).minusDays(1).withHour(10).toString().substring(0, 16)));
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(early.getResponse().getContentAsString()).contains("Kies een moment na afloop van de bijeenkomst.");
		admin(post(day.admin() + "/settings").param("anonymous", "true").param("_anonymous", "on"));
		admin(post(day.admin() + "/open"));
		assertThat(page(day.admin())).contains("id=\"evaluation-status\">Open<", "Nu versturen");

		// Once someone answered, what would lose answers is refused; the rest may change.
		Question workshops = questions(day).get(2);
		EvaluationInvitations.Invitation anna = invite(day, day.anna());
		String token = this.links.issue(anna.id());
		participant(post("/evaluatie/" + token), "q" + questions(day).get(0).id(), "8", "q" + workshops.id(),
				"Workshop B");
		assertThat(admin(post(day.admin() + "/questions/" + workshops.id() + "/delete")).getFlashMap().get("error"))
			.isEqualTo("evaluation.refused.delete");
		MvcResult kind = admin(post(day.admin() + "/questions/" + workshops.id()).param("kind", "OPEN")
			.param("text", "Welke workshops bezocht u?"));
		assertThat(kind.getResponse().getStatus()).isEqualTo(409);
		assertThat(kind.getResponse().getContentAsString())
			.contains("de soort vraag kan niet meer veranderen", "Welke workshops bezocht u?");
		MvcResult option = admin(post(day.admin() + "/questions/" + workshops.id()).param("kind", "CHOICE")
			.param("text", "Welke workshops?").param("options", "Workshop A\nWorkshop C").param("multiple", "true"));
		assertThat(option.getResponse().getContentAsString()).contains("een keuze die iemand koos, kan niet meer weg");
		assertThat(admin(post(day.admin() + "/settings")).getResponse().getContentAsString())
			.contains("of de evaluatie anoniem is, kan niet meer veranderen");
		admin(post(day.admin() + "/questions/" + workshops.id()).param("kind", "CHOICE")
			.param("text", "Welke workshops bezocht u?").param("options", "Workshop A\nWorkshop B\nWorkshop C\nWorkshop D")
			.param("multiple", "true").param("required", "true"));
		Question changed = questions(day).get(2);
		assertThat(changed.text()).isEqualTo("Welke workshops bezocht u?");
		assertThat(changed.options()).hasSize(4);
		assertThat(this.jdbc.sql("select count(*) from evaluation_answer where question_id = ?").param(workshops.id())
			.query(Integer.class).single()).isEqualTo(1);
		// without answers a question may go
		Question last = questions(day).get(3);
		admin(post(day.admin() + "/questions/" + last.id() + "/delete"));
		assertThat(questions(day)).hasSize(3);
		assertThat(page(day.admin() + "?bewerk=" + changed.id())).contains("Vraag wijzigen", "Welke workshops bezocht u?");
	}

	@Test
	void onlyThosePresentAreInvitedOnceAndOnlyNonRespondersRemindedOnce() throws Exception {
		Day day = day("mail-");
		this.seeds.form(day.id(), true);
		this.jdbc.sql("update evaluation_form set status = 'DRAFT' where event_id = ?").param(day.id()).update();
		long rating = this.seeds.rating(day.id(), "Algemeen oordeel", true);
		assertThat(this.invitations.invite(day.id())).as("a draft is mailed to nobody").isZero();
		admin(post(day.admin() + "/open"));

		admin(post(day.admin() + "/send"));
		admin(post(day.admin() + "/send"));
		assertThat(concurrently(() -> this.invitations.invite(day.id()))).containsExactly(0, 0);
		assertThat(outbox(day, "invite")).isEqualTo(3);
		MimeMessage anna = inbox.receive("mail-anna@example.org", "Hoe vond u Conferentie");
		String text = SmtpInbox.text(anna);
		assertThat(text).contains("Beste Anna Aanwezig", "Uw antwoorden worden anoniem bewaard");
		MimeMessage bram = inbox.receive("mail-bram@example.org", "How did you find");
		assertThat(SmtpInbox.text(bram)).contains("Dear Bram Present");
		inbox.receive("mail-cor@example.org", "Hoe vond u");
		Thread.sleep(1000);
		assertThat(inbox.count("mail-anna@example.org", "Hoe vond u")).isEqualTo(1);
		assertThat(inbox.count("mail-dirk@example.org", "Hoe vond u")).isZero();
		assertThat(page(day.admin())).contains("id=\"evaluation-invited\">3<");

		// Anna answers through the link in her mail
		String token = find(LINK, text);
		assertThat(participant(post("/evaluatie/" + token), "q" + rating, "9").getResponse().getRedirectedUrl())
			.isEqualTo("/evaluatie/" + token + "/bedankt");

		// too early for the reminder; then three days later: Bram and Cor, once
		assertThat(this.invitations.remind(day.id())).isZero();
		this.jdbc.sql("update evaluation_invitation set invited_at = ? where event_id = ?")
			.params(LocalDateTime.now(Zones.AMSTERDAM).minusDays(3).minusMinutes(1), day.id()).update();
		assertThat(concurrently(() -> this.invitations.remind(day.id()))).containsExactlyInAnyOrder(0, 2);
		assertThat(this.invitations.remind(day.id())).isZero();
		assertThat(outbox(day, "remind")).isEqualTo(2);
		MimeMessage reminder = inbox.receive("mail-cor@example.org", "Herinnering: hoe vond u");
		String link = find(LINK, SmtpInbox.text(reminder));
		assertThat(link).isNotEqualTo(token);
		inbox.receive("mail-bram@example.org", "Reminder: how did you find");
		Thread.sleep(1000);
		assertThat(inbox.count("mail-anna@example.org", "Herinnering")).isZero();
		assertThat(page(day.admin())).contains("id=\"evaluation-reminded\">2<", "id=\"evaluation-responses\">1<");

		// Checked in late: invited at the next turn of the job (or click), the others not again.
		this.checkIns.byRegistration(day.id(), day.eva().registrationId(), "test");
		new EvaluationJobs(formsBean(), this.invitations, true).run();
		assertThat(outbox(day, "invite")).isEqualTo(4);
		inbox.receive("mail-eva@example.org", "Hoe vond u");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and detail = 'evaluation mailed'")
			.param(day.id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aParticipantAnswersOnceWithFieldErrorsAndAnonymouslyUntilTheFormCloses() throws Exception {
		Day day = day("answer-");
		this.seeds.form(day.id(), true);
		long rating = this.seeds.rating(day.id(), "Algemeen oordeel", true);
		long again = this.seeds.choice(day.id(), "Komt u terug?", false, List.of("Ja", "Nee"));
		long topics = this.seeds.choice(day.id(), "Welke onderwerpen?", true, List.of("Armoede", "Wonen", "Jeugd"));
		long open = this.seeds.open(day.id(), "Wat kan beter?", 20);
		this.jdbc.sql("update evaluation_question set required = true where id = ?").param(open).update();
		String anna = this.links.issue(invite(day, day.anna()).id());

		MvcResult form = participant(get("/evaluatie/" + anna));
		assertThat(form.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(form.getResponse().getContentAsString()).contains("Algemeen oordeel", "Komt u terug?",
				"type=\"checkbox\"", "maxlength=\"20\"", "anoniem bewaard");

		MvcResult nothing = participant(post("/evaluatie/" + anna));
		assertThat(nothing.getResponse().getStatus()).isEqualTo(422);
		assertThat(nothing.getResponse().getContentAsString()).contains("id=\"error-summary\"",
				"Algemeen oordeel: kies een cijfer van 1 tot 10.", "Wat kan beter?: vul een antwoord in.",
				"href=\"#q" + rating + "\"", "aria-invalid=\"true\"");
		MvcResult wrong = participant(post("/evaluatie/" + anna), "q" + rating, "11", "q" + again, "Ja", "q" + again,
				"Nee", "q" + topics, "Sport", "q" + open, "a".repeat(21));
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("Algemeen oordeel: kies een cijfer van 1 tot 10.",
				"Komt u terug?: kies een van de gegeven antwoorden.", "Welke onderwerpen?: kies een van de gegeven",
				"Wat kan beter?: uw antwoord is te lang, hooguit 20 tekens (nu 21).", "a".repeat(21));
		MvcResult english = participant(post("/evaluatie/" + anna).header("Accept-Language", "en"), "q" + rating, "0",
				"q" + open, "ok");
		assertThat(english.getResponse().getContentAsString()).contains("Algemeen oordeel: choose a rating from 1 to 10.");
		assertThat(responses(day)).isZero();

		MvcResult sent = participant(post("/evaluatie/" + anna), "q" + rating, "8", "q" + again, "Ja", "q" + topics,
				"Armoede", "q" + topics, "Jeugd", "q" + open, "Meer pauze\r\ngraag");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/evaluatie/" + anna + "/bedankt");
		assertThat(participant(get("/evaluatie/" + anna + "/bedankt")).getResponse().getContentAsString())
			.contains("Dank u wel", "zijn ontvangen");
		assertThat(participant(get("/evaluatie/" + anna)).getResponse().getContentAsString())
			.contains("U heeft de evaluatie al ingevuld, dank u.").doesNotContain("name=\"q" + rating + "\"");
		MvcResult again2 = participant(post("/evaluatie/" + anna), "q" + rating, "1", "q" + open, "nog eens");
		assertThat(again2.getResponse().getStatus()).isIn(409, 403);
		assertThat(responses(day)).isEqualTo(1);
		assertThat(this.jdbc.sql("select choice from evaluation_answer where question_id = ? order by choice")
			.param(topics).query(String.class).list()).containsExactly("Armoede", "Jeugd");
		assertThat(this.jdbc.sql("select text from evaluation_answer where question_id = ?").param(open)
			.query(String.class).single()).isEqualTo("Meer pauze\ngraag");

		// Anonymous: the response carries no registration and only the day.
		assertThat(this.jdbc.sql("select count(*) from evaluation_response r join evaluation_form f on f.id = r.form_id "
				+ "where f.event_id = ? and r.registration_id is null").param(day.id()).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select id from evaluation_response r where form_id = (select id from evaluation_form "
				+ "where event_id = ?)").param(day.id()).query(String.class).single()).matches("[0-9a-f-]{36}");

		// The personal page of an invitee who has not answered links to the form, through a fresh link.
		invite(day, day.bram());
		String personal = body("/aanmelding/" + day.bram().token());
		assertThat(personal).contains("href=\"/aanmelding/" + day.bram().token() + "/evaluatie\"");
		String fresh = this.mvc.perform(get("/aanmelding/" + day.bram().token() + "/evaluatie")).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(fresh).startsWith("/evaluatie/");
		assertThat(participant(get(fresh)).getResponse().getContentAsString()).contains("name=\"q" + rating + "\"");
		assertThat(body("/aanmelding/" + day.anna().token())).doesNotContain("/evaluatie\"");
		assertThat(body("/aanmelding/" + day.dirk().token())).doesNotContain("/evaluatie\"");

		// Closed: a clear page, nothing stored.
		this.jdbc.sql("update evaluation_form set closes_at = ? where event_id = ?")
			.params(LocalDateTime.now(Zones.AMSTERDAM).minusMinutes(1), day.id()).update();
		assertThat(participant(get(fresh)).getResponse().getContentAsString())
			.contains("Deze evaluatie is gesloten").doesNotContain("name=\"q" + rating + "\"");
		assertThat(participant(post(fresh), "q" + rating, "7", "q" + open, "laat").getResponse().getStatus())
			.isIn(409, 403);
		assertThat(responses(day)).isEqualTo(1);
		assertThat(body("/aanmelding/" + day.bram().token())).doesNotContain("/evaluatie\"");
		assertThat(page(day.admin())).as("the organiser sees it closed")
			.contains("id=\"evaluation-status\">Gesloten: er worden geen antwoorden meer aangenomen<");
		this.mvc.perform(get("/evaluatie/" + "x".repeat(43))).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
	}

	@Test
	void theResultsShowTheFiguresAsChartsAndTheExportsHoldEveryResponse() throws Exception {
		Day day = day("results-");
		this.seeds.form(day.id(), false);
		long rating = this.seeds.rating(day.id(), "Algemeen oordeel", true);
		long again = this.seeds.choice(day.id(), "Komt u terug?", false, List.of("Ja", "Misschien", "Nee"));
		long open = this.seeds.open(day.id(), "Wat kan beter?", 500);
		LocalDate on = LocalDate.now(Zones.AMSTERDAM);
		this.seeds.respond(day.id(), day.anna().registrationId(), on,
				Map.of(rating, List.of("8"), again, List.of("Ja"), open, List.of("=SOM(A1)")));
		this.seeds.respond(day.id(), day.bram().registrationId(), on,
				Map.of(rating, List.of("6"), again, List.of("Misschien")));
		this.seeds.respond(day.id(), day.cor().registrationId(), on,
				Map.of(rating, List.of("9"), again, List.of("Ja"), open, List.of("Koffie; graag sterker")));
		this.seeds.respond(day.id(), null, on, Map.of(rating, List.of("7")));
		invite(day, day.anna());

		String page = page(day.admin() + "/results");
		assertThat(page).contains("id=\"evaluation-responses\">4<", "id=\"evaluation-invited\">1<",
				"id=\"average-" + rating + "\">7,5<", "id=\"median-" + rating + "\">7,5<", "id=\"n-" + rating + "\">4<",
				"Koffie; graag sterker", "=SOM(A1)", "3 deelnemers beantwoordden deze vraag.")
			.doesNotContain("Anna Aanwezig");
		List<Document> charts = new ArrayList<>();
		Matcher svg = SVG.matcher(page);
		while (svg.find()) {
			charts.add(DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8))));
		}
		assertThat(charts).hasSize(2);
		assertThat(charts.get(0).getElementsByTagName("rect").getLength()).isEqualTo(10);
		assertThat(charts.get(0).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Algemeen oordeel");
		assertThat(charts.get(0).getElementsByTagName("desc").item(0).getTextContent())
			.contains("Gemiddeld 7,5, mediaan 7,5, 4 antwoorden");
		assertThat(charts.get(1).getElementsByTagName("rect").getLength()).isEqualTo(3);
		assertThat(charts.get(1).getElementsByTagName("text").item(1).getTextContent()).isEqualTo("2 (67%)");

		// The same figures over the API (an organiser's READ access), never names; no form: 404 problem.
		this.mvc.perform(get("/api/events/" + day.id() + "/evaluation").with(ADMIN))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.anonymous").value(false))
			.andExpect(jsonPath("$.responses").value(4))
			.andExpect(jsonPath("$.invited").value(1))
			.andExpect(jsonPath("$.questions[0].kind").value("RATING"))
			.andExpect(jsonPath("$.questions[0].average").value(7.5))
			.andExpect(jsonPath("$.questions[0].median").value(7.5))
			.andExpect(jsonPath("$.questions[0].counts.8").value(1))
			.andExpect(jsonPath("$.questions[1].counts.Ja").value(2))
			.andExpect(jsonPath("$.questions[2].answers.length()").value(2))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Anna Aanwezig"))));
		this.mvc.perform(get("/api/events/" + day("results-none-").id() + "/evaluation").with(ADMIN))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"));

		byte[] csvBytes = this.mvc.perform(get(day.admin() + "/results.csv").with(ADMIN)).andReturn().getResponse()
			.getContentAsByteArray();
		String csv = new String(csvBytes, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
			.parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(rows).hasSize(5);
		assertThat(rows.get(0).values()).containsExactly("Datum", "Naam", "Organisatie", "Algemeen oordeel",
				"Komt u terug?", "Wat kan beter?");
		assertThat(rows).extracting(r -> r.get(1)).contains("Anna Aanwezig", "Bram Present", "Cor Clement", "");
		CSVRecord annaRow = rows.stream().filter(r -> r.get(1).equals("Anna Aanwezig")).findFirst().orElseThrow();
		assertThat(annaRow.values()).containsExactly(on.toString(), "Anna Aanwezig", "Gemeente Utrecht", "8", "Ja",
				"'=SOM(A1)");

		byte[] xlsx = this.mvc.perform(get(day.admin() + "/results.xlsx").with(ADMIN)).andReturn().getResponse()
			.getContentAsByteArray();
		Document sheet = sheet(xlsx);
		assertThat(sheet.getElementsByTagName("row").getLength()).isEqualTo(5);
		assertThat(sheet.getDocumentElement().getTextContent()).contains("Anna Aanwezig", "Koffie; graag sterker",
				"Algemeen oordeel");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PARTICIPANTS_EXPORTED'"
				+ " and detail like 'evaluation %'").param(day.id()).query(Integer.class).single()).isEqualTo(2);

		// Anonymous: no names in the export.
		Day other = day("results2-");
		this.seeds.form(other.id(), true);
		long mark = this.seeds.rating(other.id(), "Cijfer", true);
		this.seeds.respond(other.id(), other.anna().registrationId(), on, Map.of(mark, List.of("4")));
		String anonymous = this.mvc.perform(get(other.admin() + "/results.csv").with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(anonymous).doesNotContain("Anna", "Naam").contains("Cijfer", "4");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'EVALUATION_EXPORTED'")
			.param(other.id()).query(Integer.class).single()).isEqualTo(1);

		// The read model for other modules.
		EvaluationScores.Score score = this.scores.of(day.id()).orElseThrow();
		assertThat(score.average()).isEqualTo(7.5);
		assertThat(score.responses()).isEqualTo(4);
		assertThat(score.invited()).isEqualTo(1);
		Map<Long, EvaluationScores.Score> both = this.scores.of(List.of(other.id(), day.id(), 0L));
		assertThat(both).containsOnlyKeys(other.id(), day.id());
		assertThat(both.get(other.id()).average()).isEqualTo(4.0);
		assertThat(EvaluationResults.median(List.of(3, 1, 2))).isEqualTo(2.0);
	}

	@Test
	void erasingAParticipantForgetsTheirInvitationAndUnlinksTheirAnswers() throws Exception {
		Day day = day("erase-");
		this.seeds.form(day.id(), false);
		long rating = this.seeds.rating(day.id(), "Cijfer", true);
		long open = this.seeds.open(day.id(), "Opmerking", 200);
		String token = this.links.issue(invite(day, day.anna()).id());
		participant(post("/evaluatie/" + token), "q" + rating, "7", "q" + open, "Persoonlijke opmerking");
		assertThat(this.jdbc.sql("select registration_id from evaluation_response where form_id = "
				+ "(select id from evaluation_form where event_id = ?)").param(day.id()).query(Long.class).single())
			.isEqualTo(day.anna().registrationId());

		this.personalData.erase(day.anna().token());
		assertThat(this.jdbc.sql("select count(*) from evaluation_invitation where registration_id = ?")
			.param(day.anna().registrationId()).query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from evaluation_link l join evaluation_invitation i "
				+ "on i.id = l.invitation_id where i.event_id = ?").param(day.id()).query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from evaluation_response where registration_id is not null and "
				+ "form_id = (select id from evaluation_form where event_id = ?)").param(day.id()).query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select rating from evaluation_answer where question_id = ?").param(rating)
			.query(Integer.class).list()).containsExactly(7);
		assertThat(this.jdbc.sql("select count(*) from evaluation_answer where question_id = ?").param(open)
			.query(Integer.class).single()).isZero();
		this.mvc.perform(get("/evaluatie/" + token)).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());

		String statement = body("/privacy");
		assertThat(statement).contains("<h2>Evaluatie na een bijeenkomst</h2>", "zonder enig verband met uw naam");
		assertThat(statement).doesNotContain("{{retention}}");
	}

	private RegistrationResult register(Conference c, String name, String email, String language) {
		Applicant applicant = new Applicant(name, email, "Gemeente Utrecht", null, Locale.forLanguageTag(language),
				Attendance.VENUE, false, null, null);
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.of(c.round().id(), new SessionPick(c.session(0), null)), Map.of(), null));
	}

	/** Invites the participant without a mail (the invitation row, as the claim leaves it). */
	private EvaluationInvitations.Invitation invite(Day day, RegistrationResult who) {
		Long formId = this.jdbc.sql("select id from evaluation_form where event_id = ?").param(day.id())
			.query(Long.class).single();
		this.jdbc.sql("insert into evaluation_invitation (form_id, event_id, registration_id, created_at, invited_at) "
				+ "values (?, ?, ?, current_timestamp, current_timestamp)")
			.params(formId, day.id(), who.registrationId()).update();
		return this.invitations.of(day.id(), who.registrationId()).orElseThrow();
	}

	private EvaluationForms formsBean() {
		return this.forms;
	}

	@Autowired
	EvaluationForms forms;

	private List<Question> questions(Day day) {
		return this.forms.find(day.id()).map(f -> this.forms.questions(f.id())).orElse(List.of());
	}

	private int responses(Day day) {
		return this.jdbc.sql("select count(*) from evaluation_response r join evaluation_form f on f.id = r.form_id "
				+ "where f.event_id = ?").param(day.id()).query(Integer.class).single();
	}

	private int outbox(Day day, String kind) {
		return this.jdbc.sql("select count(*) from mail_outbox where event_id = ? and reference like ?")
			.params(day.id(), "evaluation:%:" + kind).query(Integer.class).single();
	}

	private List<Integer> concurrently(java.util.concurrent.Callable<Integer> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> futures = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				return task.call();
			}));
		}
		start.countDown();
		List<Integer> results = new ArrayList<>();
		for (Future<Integer> f : futures) {
			results.add(f.get());
		}
		pool.shutdown();
		return results;
	}

	private MvcResult admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(ADMIN).with(csrf())).andReturn();
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(ADMIN)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private String body(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(ADMIN)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/**
	 * A participant's request without an account: a POST carries a signed form token for the evaluation link, as the
	 * form does, and no session. Where spring-security-test's csrf() has replaced the shared filter chain's token
	 * repository by a session-based one (other tests in this context), the refused request is sent again with a
	 * session and its token, as a browser would have them then (a refused request stores nothing).
	 */
	private MvcResult participant(MockHttpServletRequestBuilder request, String... values) throws Exception {
		org.springframework.mock.web.MockHttpServletRequest probe = request
			.buildRequest(new org.springframework.mock.web.MockServletContext());
		if (!"POST".equals(probe.getMethod())) {
			return check(this.mvc.perform(request).andReturn());
		}
		String path = probe.getRequestURI();
		MvcResult result = this.mvc.perform(with(post(path), values).header("Accept-Language", language(probe))
			.param("_csrf", this.formTokens.issue("/evaluatie/" + path.split("/")[2]))).andReturn();
		if (result.getResponse().getStatus() == 403) {
			// The session lives in the shared session store (Spring Session); its cookie names it.
			MvcResult shown = this.mvc.perform(get(path)).andReturn();
			jakarta.servlet.http.Cookie[] cookies = shown.getResponse().getCookies();
			Matcher token = HIDDEN.matcher(shown.getResponse().getContentAsString());
			if (!token.find() || cookies.length == 0) {
				// no form on the page (answered, closed): nothing to send it with; refused, nothing stored
				return result;
			}
			result = this.mvc.perform(with(post(path), values).header("Accept-Language", language(probe))
				.cookie(cookies).param("_csrf", token.group(1))).andReturn();
		}
		return check(result);
	}

	private static String language(org.springframework.mock.web.MockHttpServletRequest probe) {
		return (probe.getHeader("Accept-Language") != null) ? probe.getHeader("Accept-Language") : "nl";
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String... values) {
		for (int i = 0; i < values.length; i += 2) {
			request.param(values[i], values[i + 1]);
		}
		return request;
	}

	private static MvcResult check(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as("status").isLessThan(500).isNotEqualTo(403);
		return result;
	}

	@Autowired
	nl.bijeen.web.FormTokens formTokens;

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

	/** The first worksheet of the workbook, parsed as XML. */
	private static Document sheet(byte[] xlsx) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("evaluatie", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
				assertThat(entry).as("worksheet").isNotNull();
				return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(zip.getInputStream(entry));
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

}
