package nl.bijeen.rights;

import java.util.List;
import java.util.Map;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Many organisations on one platform, each sees only its own (issue 10): venues and articles belong to
 * organisations. An organisation's administrator lists its own and the shared venues, changes only its own and
 * chooses only those for its events (the form and the API alike); its editors and administrators list and open
 * only the articles linked to it, and what they write stays linked to it. Another organisation's venue or article
 * is "not found", as if it did not exist; the platform administrator sees and changes everything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
abstract class OwnedByOrganisationContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	@Autowired
	ContentSeeds content;

	@Autowired
	EventCatalog catalog;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

	RightsFixture f;

	/** A shared venue (of the platform). */
	long shared;

	String sharedName;

	@BeforeEach
	void fixture() {
		this.f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		this.sharedName = "Gedeelde zaal " + this.f.venueA();
		this.shared = this.events.save(Venue.create(this.sharedName, "Plein 3", "3511 CC", "Utrecht")).id();
	}

	static RequestPostProcessor as(AccountSeeds.Created account) {
		return user(account.username()).roles("ORGANISER");
	}

	static RequestPostProcessor platform() {
		return user("admin").roles("ADMIN");
	}

	String venueA() {
		return this.catalog.venue(this.f.venueA()).orElseThrow().name();
	}

	String venueB() {
		return this.catalog.venue(this.f.venueB()).orElseThrow().name();
	}

	int statusOf(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
	}

	// ---------------------------------------------------------------- venues

	@Test
	void anOrganisationAdministratorListsItsOwnAndTheSharedVenuesButNotAnotherOrganisations() throws Exception {
		this.mvc.perform(get("/admin/venues").with(as(this.f.adminA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(venueA())))
			.andExpect(content().string(containsString(this.sharedName)))
			.andExpect(content().string(not(containsString(venueB()))))
			.andExpect(content().string(containsString("/admin/venues/" + this.f.venueA() + "/edit")))
			.andExpect(content().string(not(containsString("/admin/venues/" + this.shared + "/edit"))));
		this.mvc.perform(get("/admin/venues").with(platform()))
			.andExpect(content().string(containsString(venueA())))
			.andExpect(content().string(containsString(venueB())))
			.andExpect(content().string(containsString("/admin/venues/" + this.shared + "/edit")));
	}

	@Test
	void anotherOrganisationsVenueAndASharedOneAreNotFoundAsIfTheyDidNotExist() throws Exception {
		String before = venueB();
		int missing = statusOf(get("/admin/venues/987654321/edit").with(as(this.f.adminA())));
		assertThat(missing).isEqualTo(404);
		assertThat(statusOf(get("/admin/venues/" + this.f.venueB() + "/edit").with(as(this.f.adminA()))))
			.isEqualTo(missing);
		assertThat(statusOf(post("/admin/venues/" + this.f.venueB()).with(csrf()).with(as(this.f.adminA()))
			.param("name", "Overgenomen"))).isEqualTo(404);
		assertThat(statusOf(post("/admin/venues/" + this.f.venueB() + "/delete").with(csrf())
			.with(as(this.f.adminA())))).isEqualTo(404);
		assertThat(statusOf(get("/admin/venues/" + this.shared + "/edit").with(as(this.f.adminA())))).isEqualTo(404);
		assertThat(statusOf(post("/admin/venues/" + this.shared).with(csrf()).with(as(this.f.adminA()))
			.param("name", "Van ons"))).isEqualTo(404);
		assertThat(venueB()).isEqualTo(before);
		assertThat(this.catalog.venue(this.shared).orElseThrow().name()).isEqualTo(this.sharedName);
		assertThat(statusOf(get("/admin/venues/" + this.f.venueA() + "/edit").with(as(this.f.adminA())))).isEqualTo(200);
		assertThat(statusOf(get("/admin/venues/" + this.f.venueB() + "/edit").with(platform()))).isEqualTo(200);
	}

	@Test
	void aNewVenueBelongsToTheAdministratorsOrganisationAndThePlatformChoosesOrLeavesItShared() throws Exception {
		String name = "Nieuw bij A " + this.f.venueA();
		this.mvc.perform(post("/admin/venues").with(csrf()).with(as(this.f.adminA())).param("name", name)
				.param("organisationId", String.valueOf(this.f.organisationB())))
			.andExpect(status().is3xxRedirection());
		assertThat(venueNamed(name).organisationId()).as("the administrator's own, whatever was sent")
			.isEqualTo(this.f.organisationA());

		Venue a = this.catalog.venue(this.f.venueA()).orElseThrow();
		this.mvc.perform(post("/admin/venues/" + a.id()).with(csrf()).with(as(this.f.adminA()))
				.param("name", a.name() + " (grote zaal)").param("version", String.valueOf(a.version()))
				.param("organisationId", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.venue(a.id()).orElseThrow().organisationId()).as("stays A's")
			.isEqualTo(this.f.organisationA());

		String sharedNew = "Nieuw gedeeld " + this.f.venueA();
		this.mvc.perform(post("/admin/venues").with(csrf()).with(platform()).param("name", sharedNew)
				.param("organisationId", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(venueNamed(sharedNew).shared()).isTrue();
		Venue b = this.catalog.venue(this.f.venueB()).orElseThrow();
		this.mvc.perform(post("/admin/venues/" + b.id()).with(csrf()).with(platform()).param("name", b.name())
				.param("version", String.valueOf(b.version())).param("organisationId", String.valueOf(this.f.organisationA())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.venue(b.id()).orElseThrow().organisationId()).isEqualTo(this.f.organisationA());
		this.mvc.perform(post("/admin/venues").with(csrf()).with(platform()).param("name", "Nergens")
				.param("organisationId", "987654321"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze organisatie bestaat niet")));
	}

	private Venue venueNamed(String name) {
		return this.catalog.venues().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theEventFormOffersOnlyTheOrganisationsOwnAndTheSharedVenues() throws Exception {
		this.mvc.perform(get("/admin/events/new").with(as(this.f.adminA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(venueA())))
			.andExpect(content().string(containsString(this.sharedName)))
			.andExpect(content().string(not(containsString(venueB()))));

		String title = "Op een andere locatie " + this.f.venueA();
		this.mvc.perform(eventForm(title, this.f.venueB()).with(as(this.f.adminA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een locatie van uw eigen organisatie")));
		assertThat(this.catalog.withTitleContaining(null, title)).isEmpty();
		this.mvc.perform(eventForm(title, this.shared).with(as(this.f.adminA())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.withTitleContaining(null, title)).singleElement()
			.satisfies(e -> assertThat(e.getVenueId()).isEqualTo(this.shared));

		// B leads the co-organised event at its own venue: A's administrator sees that venue in the form, may keep it.
		Event coOrganised = this.catalog.event(this.f.eventCoOrganised()).orElseThrow();
		coOrganised.setVenueId(this.f.venueB());
		this.events.save(coOrganised);
		this.mvc.perform(get("/admin/events/" + coOrganised.getId() + "/edit").with(as(this.f.adminA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(venueB())));
		this.mvc.perform(get("/admin/events/new").with(platform()))
			.andExpect(content().string(containsString(venueB())));
	}

	private MockHttpServletRequestBuilder eventForm(String title, long venueId) {
		return post("/admin/events").with(csrf())
			.param("title", title)
			.param("eventType", "CONFERENCE")
			.param("attendanceMode", "VENUE")
			.param("startDate", "2027-10-31")
			.param("startTime", "09:30")
			.param("endTime", "16:30")
			.param("venueId", String.valueOf(venueId));
	}

	@Test
	void anOrganisationsTokenWritesAndChoosesOnlyItsOwnAndSharedVenues() throws Exception {
		String bearer = "Bearer " + this.tokens.issue(this.f.adminA().username(), "locaties");
		String created = this.mvc.perform(post("/api/venues").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Via de API\", \"city\": \"Utrecht\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		assertThat(this.catalog.venue(id).orElseThrow().organisationId()).isEqualTo(this.f.organisationA());

		for (long foreign : new long[] { this.f.venueB(), this.shared, 987654321L }) {
			this.mvc.perform(put("/api/venues/" + foreign).header("Authorization", bearer)
					.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Van A\"}"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc.perform(put("/api/venues/" + this.f.venueA()).header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Zaal van A, hernoemd\"}"))
			.andExpect(status().isOk());
		assertThat(this.catalog.venue(this.f.venueA()).orElseThrow().organisationId()).isEqualTo(this.f.organisationA());
		assertThat(venueB()).startsWith("Zaal van B");

		String event = """
				{"title": "Bij B op bezoek", "startsAt": "2027-03-01T10:00:00+01:00",
				 "endsAt": "2027-03-01T16:00:00+01:00", "venue": {"id": %d}}""";
		this.mvc.perform(post("/api/events").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
				.content(event.formatted(this.f.venueB())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("venue"))
			.andExpect(jsonPath("$.errors[0].code").value("event.venue.notAllowed"));
		this.mvc.perform(post("/api/events").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
				.content(event.formatted(this.shared)))
			.andExpect(status().isCreated());
	}

	// ---------------------------------------------------------------- articles

	long article(String title, List<Long> organisations) {
		return this.content.article(new ContentSeeds.ArticleSeed("art-" + title.toLowerCase().replace(' ', '-')
				+ "-" + this.f.venueA(), ArticleKind.NEWS, title + " " + this.f.venueA(), null, "Tekst.", null, null,
				List.of(), List.of(), organisations, Map.of()));
	}

	@Test
	void anEditorListsAndOpensOnlyTheArticlesOfTheirOrganisation() throws Exception {
		long ofA = article("Nieuws van A", List.of(this.f.organisationA()));
		long ofB = article("Nieuws van B", List.of(this.f.organisationB()));
		long ofNobody = article("Nieuws van niemand", List.of());
		String k = " " + this.f.venueA();
		for (AccountSeeds.Created a : List.of(this.f.editorA(), this.f.adminA())) {
			this.mvc.perform(get("/admin/articles").with(as(a)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nieuws van A" + k)))
				.andExpect(content().string(not(containsString("Nieuws van B" + k))))
				.andExpect(content().string(not(containsString("Nieuws van niemand" + k))));
		}
		this.mvc.perform(get("/admin/articles").with(as(this.f.adminB())))
			.andExpect(content().string(containsString("Nieuws van B" + k)))
			.andExpect(content().string(not(containsString("Nieuws van A" + k))));
		this.mvc.perform(get("/admin/articles").with(platform()))
			.andExpect(content().string(containsString("Nieuws van A" + k)))
			.andExpect(content().string(containsString("Nieuws van B" + k)))
			.andExpect(content().string(containsString("Nieuws van niemand" + k)));

		int missing = statusOf(get("/admin/articles/987654321").with(as(this.f.editorA())));
		assertThat(missing).isEqualTo(404);
		for (long foreign : new long[] { ofB, ofNobody }) {
			assertThat(statusOf(get("/admin/articles/" + foreign).with(as(this.f.editorA())))).isEqualTo(missing);
			assertThat(statusOf(get("/admin/articles/" + foreign + "/delete").with(as(this.f.editorA()))))
				.isEqualTo(404);
			assertThat(statusOf(post("/admin/articles/" + foreign + "/delete").with(csrf())
				.with(as(this.f.editorA())))).isEqualTo(404);
			assertThat(statusOf(post("/admin/articles/" + foreign).with(csrf()).with(as(this.f.editorA()))
				.param("kind", "NEWS").param("title", "Overgenomen"))).isEqualTo(404);
		}
		assertThat(this.jdbc.sql("select count(*) from article where id in (:ids) and title not like 'Overgenomen%'")
			.param("ids", List.of(ofB, ofNobody)).query(Long.class).single()).isEqualTo(2);
		this.mvc.perform(get("/admin/articles/" + ofA).with(as(this.f.editorA())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nieuws van B" + k))));
		assertThat(statusOf(get("/admin/articles/" + ofB).with(platform()))).isEqualTo(200);
	}

	@Test
	void whatAnEditorWritesIsLinkedToTheirOrganisationAndStaysSo() throws Exception {
		String title = "Geschreven door A " + this.f.venueA();
		this.mvc.perform(post("/admin/articles").with(csrf()).with(as(this.f.editorA())).param("kind", "NEWS")
				.param("title", title).param("body", "Tekst."))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from article where title = :t").param("t", title).query(Long.class).single();
		assertThat(linksOf(id)).containsExactly(this.f.organisationA());

		Integer version = this.jdbc.sql("select version from article where id = :id").param("id", id)
			.query(Integer.class).single();
		this.mvc.perform(post("/admin/articles/" + id).with(csrf()).with(as(this.f.editorA())).param("kind", "NEWS")
				.param("title", title).param("body", "Tekst.").param("version", String.valueOf(version))
				.param("organisationIds", String.valueOf(this.f.organisationB())))
			.andExpect(status().is3xxRedirection());
		assertThat(linksOf(id)).as("A cannot be taken off, B may be added")
			.containsExactlyInAnyOrder(this.f.organisationA(), this.f.organisationB());
		assertThat(statusOf(get("/admin/articles/" + id).with(as(this.f.editorA())))).isEqualTo(200);
	}

	private List<Long> linksOf(long article) {
		return this.jdbc.sql("select organisation_id from article_organisation where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.list();
	}

	@Test
	void anOrganisationAdministratorInvitesOrganisersButNoPlatformAdministrator() throws Exception {
		String address = "uitgenodigd-" + this.f.venueA() + "@voorbeeld.nl";
		this.mvc.perform(get("/admin/accounts/invite").with(as(this.f.adminA())))
			.andExpect(content().string(not(containsString("value=\"ADMIN\""))));
		this.mvc.perform(post("/admin/accounts/invite").with(csrf()).with(as(this.f.adminA())).param("email", address)
				.param("displayName", "Uitgenodigd").param("role", "ADMIN"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select role from account where username = :u").param("u", address)
			.query(String.class).single()).isEqualTo("ORGANISER");
		long id = this.jdbc.sql("select id from account where username = :u").param("u", address)
			.query(Long.class).single();
		Membership membership = this.memberships.of(id).orElseThrow();
		assertThat(membership.organisationId()).isEqualTo(this.f.organisationA());
		assertThat(membership.role()).isEqualTo(Role.EVENT_MANAGER);
	}

}
