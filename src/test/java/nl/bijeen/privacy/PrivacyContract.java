package nl.bijeen.privacy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.registration.internal.Pseudonymiser;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationFace;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention, erasure and the data download (issue 10), on H2 and PostgreSQL.
 */
abstract class PrivacyContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	Retention retention;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	OrganisationFaces faces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSeeds accountSeeds;

	@Autowired
	Memberships memberships;

	@Test
	void retentionPseudonymisesTheRegistrationsOfEventsPastTheirPeriodAndKeepsTheFigures() throws Exception {
		Conference old = ledBy(this.fixtures.conference(100, 10, 10), organisation(1));
		Conference recent = this.fixtures.conference(100, 10);
		long question = textQuestion(old);
		List<RegistrationResult> results = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			results.add(register(old, "oud" + i + "-" + unique() + "@example.org", old.session(i % 2),
					Map.of(question, List.of("Ik eet geen vlees"))));
		}
		RegistrationResult kept = register(recent, "recent-" + unique() + "@example.org", recent.session(0), Map.of());
		int takenBefore = taken(old);

		// Three months on: past the organisation's one month, well within the default twelve.
		int done = this.retention.run(old.event().getEndsAt().plusMonths(3));

		assertThat(done).isGreaterThanOrEqualTo(3);
		for (RegistrationResult r : results) {
			Map<String, Object> row = row(r.registrationId());
			assertThat(row.get("name")).isEqualTo("");
			assertThat((String) row.get("email")).endsWith("@pseudoniem.invalid");
			assertThat(row.get("organisation")).isNull();
			assertThat(row.get("job_title")).isNull();
			assertThat(row.get("pseudonymised_at")).isNotNull();
			assertThat(row.get("status")).isEqualTo("CONFIRMED");
			assertThat(row.get("attendance")).isEqualTo("VENUE");
			this.mvc.perform(get("/aanmelding/" + r.token())).andExpect(status().isNotFound());
		}
		assertThat(count("select count(*) from registration_answer a join registration r on r.id = a.registration_id "
				+ "where r.event_id = ?", old)).isZero();
		assertThat(count("select count(*) from registration_choice c join registration r on r.id = c.registration_id "
				+ "where r.event_id = ?", old)).isEqualTo(3);
		assertThat(count("select count(*) from registration where event_id = ? and status = 'CONFIRMED'", old))
			.isEqualTo(3);
		assertThat(taken(old)).isEqualTo(takenBefore);
		assertThat(count("select count(*) from mail_outbox where reference like 'registration:"
				+ results.get(0).registrationId() + ":%' and ? > 0", old)).isZero();

		Map<String, Object> untouched = row(kept.registrationId());
		assertThat((String) untouched.get("name")).startsWith("Deelnemer recent-");
		assertThat(untouched.get("pseudonymised_at")).isNull();
		this.mvc.perform(get("/aanmelding/" + kept.token())).andExpect(status().isOk());

		assertThat(this.retention.run(old.event().getEndsAt().plusMonths(3))).as("nothing twice").isZero();
	}

	@Test
	void twoInstancesRunningTheJobAtOncePseudonymiseEachRegistrationOnce() throws Exception {
		Conference c = ledBy(this.fixtures.conference(200, 100), organisation(1));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(register(c, "samen" + i + "-" + unique() + "@example.org", c.session(0), Map.of()).registrationId());
		}
		Map<Long, Integer> versions = new java.util.HashMap<>();
		ids.forEach(id -> versions.put(id, ((Number) row(id).get("version")).intValue()));
		LocalDateTime now = c.event().getEndsAt().plusMonths(2);
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> instances = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			instances.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return this.retention.run(now);
			}));
		}
		int total = 0;
		for (CompletableFuture<Integer> instance : instances) {
			total += instance.get();
		}
		assertThat(total).as("each registration counted by exactly one instance").isEqualTo(20);
		for (Long id : ids) {
			Map<String, Object> row = row(id);
			assertThat(row.get("pseudonymised_at")).isNotNull();
			assertThat(((Number) row.get("version")).intValue()).as("changed once").isEqualTo(versions.get(id) + 1);
		}
	}

	@Test
	void theParticipantDownloadsTheirDataAsJson() throws Exception {
		Conference c = this.fixtures.conference(100, 10);
		String email = "download-" + unique() + "@example.org";
		RegistrationResult r = register(c, email, c.session(0), Map.of());

		String json = this.mvc.perform(get("/aanmelding/" + r.token() + "/gegevens.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode data = JsonMapper.builder().build().readTree(json);
		JsonNode registration = data.get("registration");
		assertThat(registration.get("email").asString()).isEqualTo(email);
		assertThat(registration.get("name").asString()).isEqualTo("Deelnemer " + email);
		assertThat(registration.get("organisation").asString()).isEqualTo("Gemeente Utrecht");
		assertThat(registration.get("eventTitle").asString()).isEqualTo("Conferentie Samen sterker");
		assertThat(registration.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(registration.get("choices").get(0).get("session").asString()).isEqualTo("Workshop A");
		assertThat(data.get("mails").isArray()).isTrue();
		assertThat(data.get("mails").size()).as("the confirmation").isGreaterThanOrEqualTo(1);
		assertThat(registration.has("eventId")).as("the event's id is for the audit log only").isFalse();
		assertThat(count("select count(*) from audit_entry where action = 'PERSONAL_DATA_DOWNLOADED' and event_id = "
				+ c.event().getId() + " and subject = 'registration " + r.registrationId() + "' and ? > 0", c))
			.isEqualTo(1);
		this.mvc.perform(get("/aanmelding/" + "x".repeat(43) + "/gegevens.json")).andExpect(status().isNotFound());
	}

	@Test
	void noQueuedMailCarriesThePersonalLinkTokenInItsPayload() {
		Conference c = this.fixtures.conference(100, 10);
		String email = "payload-" + unique() + "@example.org";
		RegistrationResult r = register(c, email, c.session(0), Map.of());
		List<Map<String, Object>> rows = this.jdbc
			.sql("select payload, status, text_body from mail_outbox where to_address = ?")
			.param(email)
			.query()
			.listOfRows();
		assertThat(rows).isNotEmpty();
		for (Map<String, Object> row : rows) {
			String payload = (String) row.get("payload");
			if (payload != null) {
				assertThat(payload).doesNotContain(r.token()).matches(r.registrationId() + ";[A-Z_]+;(;\\d+)?");
			}
			if ("SENT".equals(row.get("status"))) {
				assertThat((String) row.get("text_body")).isEmpty();
			}
		}
	}

	@Test
	void theParticipantErasesThroughTheLinkAndTheirPlaceGoesToTheFirstWaiting() throws Exception {
		Conference c = this.fixtures.conference(1);
		String email = "wissen-" + unique() + "@example.org";
		RegistrationResult erased = register(c, email, null, Map.of());
		RegistrationResult waiting = register(c, "wachtend-" + unique() + "@example.org", null, Map.of());
		assertThat(row(waiting.registrationId()).get("status")).isEqualTo("WAITLISTED");
		int records = count("select count(*) from erasure_record where ? > 0", c);

		this.mvc.perform(get("/aanmelding/" + erased.token()))
			.andExpect(content().string(containsString("/aanmelding/" + erased.token() + "/verwijderen")));
		this.mvc.perform(get("/aanmelding/" + erased.token() + "/verwijderen"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Conferentie Samen sterker"),
					containsString("wachtlijst"), containsString("Ja, verwijder mijn gegevens"))));
		String after = this.mvc.perform(post("/aanmelding/" + erased.token() + "/verwijderen").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getCookies()).as("no session").isEmpty())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(after).startsWith("/privacy/verwijderd?evenement=").endsWith("&geannuleerd=ja");
		this.mvc.perform(get(after))
			.andExpect(content().string(allOf(containsString("Conferentie Samen sterker"),
					containsString("is geannuleerd en uw plaats is vrijgegeven"))));

		Map<String, Object> row = row(erased.registrationId());
		assertThat(row.get("status")).isEqualTo("CANCELLED");
		assertThat(row.get("name")).isEqualTo("");
		assertThat(row.get("pseudonymised_at")).isNotNull();
		assertThat(row(waiting.registrationId()).get("status")).isEqualTo("CONFIRMED");
		assertThat(count("select count(*) from mail_outbox where lower(to_address) = '" + email + "' and ? > 0", c))
			.isZero();
		assertThat(count("select count(*) from erasure_record where requested_by = 'participant' and email_hash = '"
				+ ErasureRecords.hash(email) + "' and mails >= 1 and registrations = 1 and ? > 0", c)).isEqualTo(1);
		assertThat(count("select count(*) from erasure_record where ? > 0", c)).isEqualTo(records + 1);
		this.mvc.perform(get("/aanmelding/" + erased.token())).andExpect(status().isNotFound());
		this.mvc.perform(post("/aanmelding/" + erased.token() + "/verwijderen").with(csrf()))
			.andExpect(status().isNotFound());
		// The organiser's list keeps the row for the figures, saying what happened instead of an empty name.
		this.mvc.perform(get("/admin/events/" + c.event().getId() + "/registrations")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
				.roles("ADMIN")))
			.andExpect(content().string(allOf(
					containsString("Gegevens verwijderd (aanmelding " + erased.registrationId() + ")"),
					not(containsString(Pseudonymiser.DOMAIN)))));
	}

	@Test
	void anOrganiserErasesAPersonOnRequestAcrossEventsWithARecord() throws Exception {
		Conference one = this.fixtures.conference(100, 10);
		Conference two = this.fixtures.conference(100, 10);
		String email = "verzoek-" + unique() + "@example.org";
		RegistrationResult first = register(one, email, one.session(0), Map.of());
		RegistrationResult second = register(two, email, two.session(0), Map.of());

		this.mvc.perform(post("/admin/privacy/wissen").with(csrf()).with(user("admin").roles("ADMIN"))
				.param("email", "").param("confirmed", "false"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Vul het e-mailadres in"),
					containsString("Bevestig dat u het verzoek hebt gecontroleerd"))));
		assertThat(row(first.registrationId()).get("pseudonymised_at")).isNull();

		this.mvc.perform(post("/admin/privacy/wissen").with(csrf()).with(user("admin").roles("ADMIN"))
				.param("email", email.toUpperCase(Locale.ROOT)).param("confirmed", "true"))
			.andExpect(redirectedUrl("/admin/privacy"));

		for (RegistrationResult r : List.of(first, second)) {
			Map<String, Object> row = row(r.registrationId());
			assertThat(row.get("status")).isEqualTo("CANCELLED");
			assertThat(row.get("pseudonymised_at")).isNotNull();
			assertThat((String) row.get("email")).doesNotContain("verzoek");
		}
		assertThat(count("select count(*) from mail_outbox where lower(to_address) = '" + email + "' and ? > 0", one))
			.isZero();
		Map<String, Object> record = this.jdbc
			.sql("select * from erasure_record where email_hash = ? order by id desc limit 1")
			.param(ErasureRecords.hash(email))
			.query()
			.singleRow();
		assertThat(record.get("requested_by")).isEqualTo("admin");
		assertThat(((Number) record.get("registrations")).intValue()).isEqualTo(2);
		assertThat(record.values().stream().map(String::valueOf)).noneMatch(v -> v.contains("verzoek"));

		this.mvc.perform(get("/admin/privacy").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(ErasureRecords.hash(email).substring(0, 12)),
					not(containsString(email)))));
	}

	@Test
	void theProcessingRegisterNamesEveryPurposeWithItsPeriodsFilledIn() throws Exception {
		String csv = this.mvc.perform(get("/admin/privacy/verwerkingsregister.csv").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT
			.parse(new java.io.StringReader(csv)).getRecords();
		assertThat(rows).extracting(r -> r.get(0)).contains("Aanmelden voor bijeenkomsten", "Nieuwsbrief",
				"Inzichten uit de zaal", "Verantwoording van verwijderingen");
		assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(6));
		assertThat(csv).doesNotContain("{{").contains("dagen");
	}

	@Test
	void anOrganisationsAdministratorErasesForTheEventsItsOrganisationOrganisesOnly() throws Exception {
		RightsFixture f = RightsFixture.create(this.peopleSeeds, this.eventSeeds, this.accountSeeds, this.memberships);
		Conference ofA = organisedBy(this.fixtures.conference(100, 10), f.organisationA());
		Conference together = organisedBy(this.fixtures.conference(100, 10), f.organisationB(), f.organisationA());
		Conference ofB = organisedBy(this.fixtures.conference(100, 10), f.organisationB());
		String email = "alleen-a-" + unique() + "@example.org";
		RegistrationResult atA = register(ofA, email, ofA.session(0), Map.of());
		RegistrationResult atBoth = register(together, email, together.session(0), Map.of());
		RegistrationResult atB = register(ofB, email, ofB.session(0), Map.of());
		var adminA = user(f.adminA().username()).roles("ORGANISER");

		this.mvc.perform(get("/admin/privacy").with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"erase-scope\""),
					containsString("Dit geldt alleen voor de bijeenkomsten die uw organisatie organiseert"),
					containsString("href=\"/admin/privacy\""), containsString("href=\"/admin/mail\""))));
		this.mvc.perform(post("/admin/privacy/wissen").with(csrf()).with(adminA)
				.param("email", email).param("confirmed", "true"))
			.andExpect(redirectedUrl("/admin/privacy"));

		for (RegistrationResult erased : List.of(atA, atBoth)) {
			Map<String, Object> row = row(erased.registrationId());
			assertThat(row.get("status")).isEqualTo("CANCELLED");
			assertThat(row.get("pseudonymised_at")).isNotNull();
			assertThat((String) row.get("email")).doesNotContain("alleen-a");
		}
		Map<String, Object> untouched = row(atB.registrationId());
		assertThat(untouched.get("status")).as("another organisation's registration stays").isEqualTo("CONFIRMED");
		assertThat(untouched.get("pseudonymised_at")).isNull();
		assertThat(untouched.get("email")).isEqualTo(email);
		this.mvc.perform(get("/aanmelding/" + atB.token())).andExpect(status().isOk());
		assertThat(count("select count(*) from mail_outbox where lower(to_address) = '" + email + "' and event_id = ?",
				ofA)).isZero();
		assertThat(count("select count(*) from mail_outbox where lower(to_address) = '" + email + "' and event_id = ?",
				ofB)).as("the mails about B's event stay").isGreaterThanOrEqualTo(1);

		Map<String, Object> record = this.jdbc
			.sql("select r.*, o.organisation_id from erasure_record r join erasure_record_organisation o"
					+ " on o.erasure_record_id = r.id where r.email_hash = ?")
			.param(ErasureRecords.hash(email))
			.query()
			.singleRow();
		assertThat(record.get("requested_by")).isEqualTo(f.adminA().username());
		assertThat(((Number) record.get("organisation_id")).longValue()).isEqualTo(f.organisationA());
		assertThat(((Number) record.get("registrations")).intValue()).isEqualTo(2);

		String shortHash = ErasureRecords.hash(email).substring(0, 12);
		this.mvc.perform(get("/admin/privacy").with(adminA))
			.andExpect(content().string(containsString(shortHash)));
		this.mvc.perform(get("/admin/privacy").with(user(f.adminB().username()).roles("ORGANISER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(shortHash))));
		this.mvc.perform(get("/admin/privacy").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString(shortHash), containsString("van Organisatie A"),
					not(containsString("id=\"erase-scope\"")))));
		this.mvc.perform(get("/admin/privacy").with(user(f.managerA().username()).roles("ORGANISER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theStatementAndTheRegisterNameThePeriodsInForce() throws Exception {
		this.mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("tot 12 maanden na de bijeenkomst"),
					containsString("gedurende 30 dagen"), not(containsString("{{")),
					not(containsString("bevestigt via een link")))));
		this.mvc.perform(get("/privacy").param("lang", "en"))
			.andExpect(content().string(containsString("until 12 months after the event")));
		this.mvc.perform(get("/admin/privacy/verwerkingsregister").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aanmelden voor bijeenkomsten"),
					containsString("Tot 12 maanden na de bijeenkomst"), not(containsString("{{")))));
		String csv = this.mvc.perform(get("/admin/privacy/verwerkingsregister.csv").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("Doel,Gegevens,");
		assertThat(csv).contains("Aanmelden voor bijeenkomsten", "Accounts van organisatoren");
	}

	@Test
	void theRegistrationFormOffersTheNewsletterWithItsDoubleOptInAndTheStatementSaysSo() throws Exception {
		Conference c = this.fixtures.conference(100, 10);
		this.mvc.perform(get("/evenementen/" + c.event().getSlug() + "/aanmelden"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"newsletter\""),
					containsString("eerst een e-mail met een link om dat te bevestigen"))));
		this.mvc.perform(get("/privacy"))
			.andExpect(content().string(allOf(containsString("<h2>Nieuwsbrief</h2>"),
					containsString("na 30 dagen"), not(containsString("verstuurt geen nieuwsbrief")))));
	}

	private RegistrationResult register(Conference c, String email, Long session, Map<Long, List<String>> answers) {
		Applicant applicant = new Applicant("Deelnemer " + email, email, "Gemeente Utrecht", "Sociaal werker",
				Locale.forLanguageTag("nl"), null, false, null, null);
		Map<Long, SessionPick> picks = (c.round() == null || session == null) ? Map.of()
				: Map.of(c.round().id(), new SessionPick(session, null));
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true, picks, answers,
				UUID.randomUUID().toString()));
	}

	private Organisation organisation(int retentionMonths) {
		String slug = "bewaar-" + unique();
		Organisation organisation = this.peopleSeeds.organisation(slug,
				() -> Organisation.create(slug, "Bewaarders " + slug, null, null));
		this.faces.update(organisation.id(), new OrganisationFace(null, null, null, retentionMonths, false));
		return organisation;
	}

	private Conference ledBy(Conference c, Organisation organisation) {
		Event event = this.catalog.event(c.event().getId()).orElseThrow();
		event.setOrganiserIds(List.of(organisation.id()));
		this.eventSeeds.save(event);
		return c;
	}

	private Conference organisedBy(Conference c, Long... organisationIds) {
		Event event = this.catalog.event(c.event().getId()).orElseThrow();
		event.setOrganiserIds(List.of(organisationIds));
		this.eventSeeds.save(event);
		return c;
	}

	private long textQuestion(Conference c) {
		this.jdbc.sql("insert into registration_question (event_id, kind, text, required, position) "
				+ "values (?, 'TEXT', 'Dieetwensen?', false, 0)").param(c.event().getId()).update();
		return this.jdbc.sql("select max(id) from registration_question where event_id = ?")
			.param(c.event().getId())
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(Long id) {
		return this.jdbc.sql("select * from registration where id = ?").param(id).query().singleRow();
	}

	private int count(String sql, Conference c) {
		return this.jdbc.sql(sql).param(c.event().getId()).query(Integer.class).single();
	}

	private int taken(Conference c) {
		return count("select coalesce(sum(taken), 0) from seat_counter where event_id = ?", c);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
