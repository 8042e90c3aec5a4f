package nl.bijeen.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public read API, run on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiFixture.class)
abstract class ReadApiContract {

	static final String ISO_WITH_OFFSET = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\\+0[12]:00$";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiFixture fixture;

	@BeforeEach
	void data() {
		this.fixture.reset();
	}

	@Test
	void listsUpcomingPublishedEventsSoonestFirstInAPagedEnvelope() throws Exception {
		String body = this.mvc.perform(get("/api/events"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items[*].slug").value(contains("dicht-de-kloof", "empowerment-congres")))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[1].startsAt").value(matchesPattern(ISO_WITH_OFFSET)))
			.andExpect(jsonPath("$.items[1].organisers[*].slug").value(contains("movisie", "trimbos-instituut")))
			.andExpect(jsonPath("$.items[1].themes[0].slug").value("empowerment"))
			.andExpect(jsonPath("$.items[1].city").value("Utrecht"))
			.andExpect(jsonPath("$.items[1].free").value(false))
			.andExpect(jsonPath("$.items[0].type").value("ONLINE_MEETING"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(ApiFixture.SECRET_HOST).doesNotContain("geheim");
	}

	@Test
	void listsThePastEventsWithPastTrue() throws Exception {
		this.mvc.perform(get("/api/events").param("past", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug").value(contains("sociale-idealen")))
			.andExpect(jsonPath("$.items[0].startsAt").value("2018-11-22T09:30:00+01:00"));
	}

	@Test
	void filtersLikeTheAgenda() throws Exception {
		expectSlugs(get("/api/events").param("theme", "empowerment"), "empowerment-congres");
		expectSlugs(get("/api/events").param("audience", "beleidsmakers"), "empowerment-congres");
		expectSlugs(get("/api/events").param("type", "ONLINE_MEETING"), "dicht-de-kloof");
		expectSlugs(get("/api/events").param("mode", "VENUE"), "empowerment-congres");
		expectSlugs(get("/api/events").param("organisation", "trimbos-instituut"), "dicht-de-kloof", "empowerment-congres");
		expectSlugs(get("/api/events").param("organisation", "movisie"), "empowerment-congres");
		expectSlugs(get("/api/events").param("q", "VERTROUWEN"), "dicht-de-kloof");
		expectSlugs(get("/api/events").param("q", "100%"));
		String in20Days = java.time.LocalDate.now(nl.bijeen.common.Zones.AMSTERDAM).plusDays(20).toString();
		expectSlugs(get("/api/events").param("from", in20Days), "empowerment-congres");
		expectSlugs(get("/api/events").param("to", in20Days), "dicht-de-kloof");
		expectSlugs(get("/api/events").param("past", "true").param("from", "2018-11-22").param("to", "2018-11-22"),
				"sociale-idealen");
	}

	@Test
	void pagesThroughTheList() throws Exception {
		this.mvc.perform(get("/api/events").param("size", "1").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug").value(contains("empowerment-congres")))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.mvc.perform(get("/api/events").param("size", "100").param("page", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void showsOneEventWithVenueOrganisersAndProgramme() throws Exception {
		String body = this.mvc.perform(get("/api/events/empowerment-congres"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Empowerment: naar een sterke sociale basis"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.startsAt").value(matchesPattern(ISO_WITH_OFFSET)))
			.andExpect(jsonPath("$.venue.name").value("Muntgebouw"))
			.andExpect(jsonPath("$.venue.postalCode").value("3531 BG"))
			.andExpect(jsonPath("$.organisers[0].slug").value("movisie"))
			.andExpect(jsonPath("$.audiences[0].slug").value("beleidsmakers"))
			.andExpect(jsonPath("$.price.free").value(false))
			.andExpect(jsonPath("$.price.amountCents").value(9500))
			.andExpect(jsonPath("$.price.currency").value("EUR"))
			.andExpect(jsonPath("$.capacity.venue").value(200))
			.andExpect(jsonPath("$.registration.open").value(true))
			.andExpect(jsonPath("$.registration.closesAt").value(matchesPattern(ISO_WITH_OFFSET)))
			.andExpect(jsonPath("$.contributors[0].personSlug").value("tanja-bubic"))
			.andExpect(jsonPath("$.contributors[0].role").value("DAY_CHAIR"))
			.andExpect(jsonPath("$.programme[*].kind").value(contains("OPENING", "ROUND")))
			.andExpect(jsonPath("$.programme[0].startsAt").value(matchesPattern(ISO_WITH_OFFSET)))
			.andExpect(jsonPath("$.programme[1].sessions[*].title").value(contains("Kwartiermaken", "Online sessie")))
			.andExpect(jsonPath("$.programme[1].sessions[0].capacity").value(25))
			.andExpect(jsonPath("$.programme[1].sessions[0].contributors[0].name").value("Doortje Kal"))
			.andExpect(jsonPath("$.programme[1].sessions[0].contributors[0].organisation").value("Movisie"))
			.andExpect(jsonPath("$.programme[1].sessions[0].contributors[0].role").value("SESSION_LEADER"))
			.andExpect(jsonPath("$.programme[1].sessions[0].contributors[0].personId").value(this.fixture.leader.id()))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(ApiFixture.SECRET_HOST).doesNotContain("onlineUrl");
		this.mvc.perform(get("/api/events/" + this.fixture.conference.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("empowerment-congres"));
	}

	@Test
	void neverShowsTheMeetingLinkOfAnOnlineEvent() throws Exception {
		String body = this.mvc.perform(get("/api/events/dicht-de-kloof"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("ONLINE"))
			.andExpect(jsonPath("$.price.free").value(true))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(ApiFixture.SECRET_HOST).doesNotContain("venue");
	}

	@Test
	void draftsDoNotExist() throws Exception {
		this.mvc.perform(get("/api/events/geheim-concept"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/events/" + this.fixture.draft.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/events/does-not-exist")).andExpect(status().isNotFound());
	}

	@Test
	void listsPeopleByNameAndShowsAPersonWithTheirPublicEvents() throws Exception {
		this.mvc.perform(get("/api/people"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug").value(contains("doortje-kal", "tanja-bubic")))
			.andExpect(jsonPath("$.items[0].organisation.slug").value("movisie"))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/people").param("q", "tanja").param("size", "1"))
			.andExpect(jsonPath("$.items[*].name").value(contains("Tanja Bubic")));
		this.mvc.perform(get("/api/people/tanja-bubic"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Tanja Bubic"))
			.andExpect(jsonPath("$.affiliation").value("Zelfstandig"))
			.andExpect(jsonPath("$.events[*].slug").value(contains("empowerment-congres")))
			.andExpect(jsonPath("$.events[0].roles").value(contains("DAY_CHAIR")))
			.andExpect(jsonPath("$.events[0].startsAt").value(matchesPattern(ISO_WITH_OFFSET)));
		this.mvc.perform(get("/api/people/" + this.fixture.leader.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].roles").value(contains("SESSION_LEADER")));
		this.mvc.perform(get("/api/people/nobody")).andExpect(status().isNotFound());
	}

	@Test
	void listsOrganisationsAndShowsOneWithItsPeopleAndEvents() throws Exception {
		this.mvc.perform(get("/api/organisations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug").value(contains("movisie", "trimbos-instituut")));
		this.mvc.perform(get("/api/organisations/movisie"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.website").value("https://www.movisie.nl"))
			.andExpect(jsonPath("$.people[*].slug").value(contains("doortje-kal")))
			.andExpect(jsonPath("$.events[*].slug").value(contains("empowerment-congres", "sociale-idealen")));
		this.mvc.perform(get("/api/organisations/nope")).andExpect(status().isNotFound());
	}

	@Test
	void listsThemesAndAudiences() throws Exception {
		this.mvc.perform(get("/api/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug").value(contains("eenzaamheid", "empowerment")));
		this.mvc.perform(get("/api/audiences"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(containsInAnyOrder("Beleidsmakers")));
	}

	@Test
	void documentsTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.license.name").value("EUPL-1.2"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/events'].get.parameters[*].name").value(
					org.hamcrest.Matchers.hasItems("theme", "audience", "type", "mode", "organisation", "from", "to", "q", "past", "page", "size")))
			.andExpect(jsonPath("$.paths['/api/events/{idOrSlug}'].get").exists());
	}

	private void expectSlugs(org.springframework.test.web.servlet.RequestBuilder request, String... slugs)
			throws Exception {
		var result = this.mvc.perform(request).andExpect(status().isOk());
		if (slugs.length == 0) {
			result.andExpect(jsonPath("$.items", hasSize(0)));
		}
		else {
			result.andExpect(jsonPath("$.items[*].slug").value(contains(slugs)));
		}
	}

}
