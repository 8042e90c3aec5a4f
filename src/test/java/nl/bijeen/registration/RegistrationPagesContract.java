package nl.bijeen.registration;

import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration form and the personal link, without JavaScript, on H2 and PostgreSQL.
 */
abstract class RegistrationPagesContract extends RegistrationIntegrationTest {

	@Autowired
	RegistrationQuestions registrationQuestions;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormShowsWorkshopsWithPlacesLeftAndFullOnes() throws Exception {
		Conference c = this.fixtures.conference(100, 4, 0);
		this.mvc.perform(get(form(c)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Workshop A"), containsString("nog 4 plaatsen"),
					containsString("vol — u komt op de wachtlijst"), containsString("<legend>"),
					containsString("name=\"formToken\""), containsString("tabindex=\"-1\""),
					containsString("Laat dit veld leeg"), containsString("href=\"/privacy\""))));
	}

	@Test
	void theFormShowsThePlacesOfThisMomentWhileOneRenderingServesManyVisitors() throws Exception {
		Conference c = this.fixtures.conferenceWith(nl.bijeen.events.AttendanceMode.HYBRID, 1500, 40, 3, 5);
		assertThat(formPage(c, "nl")).contains("nog 1.500 plaatsen", "nog 40 plaatsen", "nog 3 plaatsen",
				"nog 5 plaatsen");
		this.registrations.register(onSite(c, "plaats-1@example.org"));
		assertThat(formPage(c, "nl")).contains("nog 1.499 plaatsen", "nog 40 plaatsen", "nog 2 plaatsen",
				"nog 5 plaatsen").doesNotContain("987.654", "987,654");
		this.registrations.register(onSite(c, "plaats-2@example.org"));
		assertThat(formPage(c, "nl")).contains("nog 1.498 plaatsen", "nog 1 plaats", "nog 5 plaatsen")
			.doesNotContain("nog 2 plaatsen");
		this.registrations.register(onSite(c, "plaats-3@example.org"));
		assertThat(formPage(c, "nl")).contains("nog 1.497 plaatsen", "vol — u komt op de wachtlijst", "nog 5 plaatsen");
		assertThat(formPage(c, "en")).contains("1,497 places left", "40 places left", "5 places left")
			.doesNotContain("987.654", "987,654");
	}

	private static nl.bijeen.registration.internal.RegistrationRequest onSite(Conference c, String email) {
		var request = RegistrationFixtures.request(c, email, c.session(0), null, null);
		var a = request.applicant();
		return new nl.bijeen.registration.internal.RegistrationRequest(request.eventId(),
				new nl.bijeen.registration.internal.Applicant(a.name(), a.email(), a.organisation(), a.jobTitle(),
						a.locale(), nl.bijeen.registration.Attendance.VENUE, false, null, null),
				true, request.picks(), request.answers(), null);
	}

	private String formPage(Conference c, String language) throws Exception {
		return this.mvc.perform(get(form(c)).header("Accept-Language", language)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aRenamedEventsFormMovesWithItAndTheOldAddressLeadsThere() throws Exception {
		Conference c = this.fixtures.conference(100, 4);
		String old = form(c);
		this.mvc.perform(get(old)).andExpect(status().isOk());
		nl.bijeen.events.Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		String renamed = event.getSlug() + "-nieuw";
		event.setSlug(renamed);
		this.eventSeeds.save(event);
		this.jdbc.sql("insert into event_slug_history (slug, event_id) values (?, ?)")
			.params(c.event().getSlug(), event.getId())
			.update();

		this.mvc.perform(get(old)).andExpect(redirectedUrl("/evenementen/" + renamed + "/aanmelden"));
		this.mvc.perform(get("/evenementen/" + renamed + "/aanmelden"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Workshop A")));
	}

	@Test
	void registeringLeadsToTheNeutralPageAndStoresOneRegistration() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(valid(c, "anna@example.org", token))
				.andExpect(redirectedUrl(form(c) + "/controleer-uw-email"));
		}
		// Another form with the same address: the same neutral answer, still one registration.
		this.mvc.perform(valid(c, "ANNA@example.org", UUID.randomUUID().toString()))
			.andExpect(redirectedUrl(form(c) + "/controleer-uw-email"));
		assertThat(count(c)).isEqualTo(1);
		this.mvc.perform(get(form(c) + "/controleer-uw-email"))
			.andExpect(content().string(containsString("Controleer uw e-mail")));
	}

	@Test
	void theErrorSummaryNamesTheQuestionOfAMissingAnswer() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		RegistrationQuestion diet = this.registrationQuestions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.TEXT, "Heeft u dieetwensen?", true, null, 0));
		this.mvc.perform(post(form(c)).with(csrf()).with(client())
				.param("name", "Anna").param("email", "anna.vraag@example.org").param("consent", "true")
				.param("choices[" + c.round().id() + "]", c.session(0).toString())
				.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#answers-" + diet.id() + "\">Heeft u dieetwensen?: ")));
	}

	@Test
	void badInputGivesFieldMessagesAndStoresNothing() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Conference other = this.fixtures.conference(100, 25);
		this.mvc.perform(post(form(c)).with(csrf()).with(client())
				.param("name", "x".repeat(201))
				.param("email", "geen-adres")
				.param("choices[" + c.round().id() + "]", other.session(0).toString())
				.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Er ging iets mis"),
					containsString("Vul een geldig e-mailadres in"), containsString("maximaal 200 tekens"),
					containsString("Deze workshop bestaat niet in deze ronde"),
					containsString("akkoord gaat met de privacyverklaring"), containsString("aria-invalid=\"true\""),
					containsString("href=\"#email\""), containsString("aria-describedby=\"email-hint email-error\""))))
			// The summary names the field before its message where the message alone would not say which.
			.andExpect(content().string(allOf(
					containsString("href=\"#email\">E-mailadres: Vul een geldig e-mailadres in"),
					containsString("href=\"#name\">Naam: "),
					containsString("href=\"#choices-" + c.round().id() + "\">Workshopronde: Deze workshop bestaat niet"),
					containsString("href=\"#consent\">Toestemming: "))));
		this.mvc.perform(post(form(c)).with(csrf()).with(client()).header("Accept-Language", "en")
				.param("name", "Anna").param("email", "geen-adres").param("consent", "true")
				.param("choices[" + c.round().id() + "]", c.session(0).toString())
				.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#email\">Email address: Please enter a valid email address")));
		this.mvc.perform(post(form(c)).with(csrf()).with(client())
				.param("name", "Anna").param("email", "anna@example.org").param("consent", "true")
				.param("choices[" + c.round().id() + "]", "niet-een-getal"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een workshop uit de lijst")));
		assertThat(count(c)).isZero();
	}

	@Test
	void botsFillingTheHoneypotSeeTheSamePageButNothingIsStored() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		this.mvc.perform(valid(c, "bot@example.org", UUID.randomUUID().toString()).param("website", "http://spam"))
			.andExpect(redirectedUrl(form(c) + "/controleer-uw-email"));
		assertThat(count(c)).isZero();
	}

	@Test
	void tooManyRegistrationsFromOneAddressAreSlowedDown() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		RequestPostProcessor sameClient = client();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(valid(c, "p" + i + "@example.org", UUID.randomUUID().toString()).with(sameClient))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(valid(c, "p9@example.org", UUID.randomUUID().toString()).with(sameClient))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Even geduld")));
		assertThat(count(c)).isEqualTo(5);
	}

	@Test
	void cancelledAndDraftEventsTakeNoRegistrations() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.cancel();
		this.eventSeeds.save(event);
		this.mvc.perform(get(form(c))).andExpect(content().string(containsString("gaat niet door")));
		this.mvc.perform(valid(c, "anna@example.org", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent());
		event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.unpublish();
		this.eventSeeds.save(event);
		this.mvc.perform(get(form(c)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Pagina niet gevonden")));
		assertThat(count(c)).isZero();
	}

	@Test
	void thePersonalLinkShowsChangesAndCancelsTheRegistration() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		RegistrationResult result = this.registrations
			.register(RegistrationFixtures.request(c, "bram@example.org", c.session(0), null, null));
		String link = "/aanmelding/" + result.token();
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aangemeld"), containsString("Workshop A"),
					containsString("noindex"))));
		this.mvc.perform(post(link + "/keuze").with(csrf())
				.param("partId", c.round().id().toString())
				.param("sessionId", c.session(1).toString()))
			.andExpect(redirectedUrl(link + "?gedaan=gewijzigd"));
		this.mvc.perform(get(link + "?gedaan=gewijzigd")).andExpect(content().string(containsString("id=\"message\"")));
		assertThat(this.jdbc.sql("select session_id from registration_choice where registration_id = ?")
			.param(result.registrationId()).query(Long.class).single()).isEqualTo(c.session(1));
		this.mvc.perform(get(link + "/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(allOf(containsString("UID:" + c.event().getUid()), containsString("BEGIN:VTIMEZONE"),
					containsString("DTSTART;TZID=Europe/Amsterdam"), containsString("SEQUENCE:"),
					containsString("Workshop B"))));
		this.mvc.perform(get(link + "/annuleren")).andExpect(content().string(containsString("Weet u zeker")));
		this.mvc.perform(post(link + "/annuleren").with(csrf())).andExpect(redirectedUrl(link + "?gedaan=geannuleerd"));
		this.mvc.perform(get(link)).andExpect(content().string(containsString("Geannuleerd")));
		assertThat(this.jdbc.sql("select taken from seat_counter where event_id = ? and name = 'VENUE'")
			.param(c.event().getId()).query(Integer.class).single()).isZero();
	}

	@Test
	void anUnknownPersonalLinkIsAFriendlyNotFound() throws Exception {
		this.mvc.perform(get("/aanmelding/" + "A".repeat(43)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("nieuwste e-mail"), not(containsString("Exception")))));
		this.mvc.perform(get("/aanmelding/kort")).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder valid(Conference c, String email, String formToken) {
		return post(form(c)).with(csrf())
			.with(client())
			.param("name", "Anna de Vries")
			.param("email", email)
			.param("organisation", "Gemeente Utrecht")
			.param("jobTitle", "Wijkcoach")
			.param("choices[" + c.round().id() + "]", c.session(0).toString())
			.param("consent", "true")
			.param("formToken", formToken);
	}

	static RequestPostProcessor client() {
		String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (int) (Math.random() * 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String form(Conference c) {
		return "/evenementen/" + c.event().getSlug() + "/aanmelden";
	}

	private int count(Conference c) {
		return this.jdbc.sql("select count(*) from registration where event_id = ?")
			.param(c.event().getId())
			.query(Integer.class)
			.single();
	}

}
