package nl.bijeen.search;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search over events (with programme, sessions and people), articles, people and organisations: what it finds,
 * that drafts and scheduled articles never show, the filters, paging, snippets and the API. Dutch stemming and
 * accent folding on PostgreSQL; accent folding on the H2 fallback. Run on H2 and PostgreSQL, in the agenda
 * tests' context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "bijeen.base-url=https://bijeen.example", "bijeen.test.context=agenda" })
abstract class SearchContract {

	static final LocalDateTime NOW = LocalDateTime.now(Zones.AMSTERDAM).withNano(0);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EventSeeds events;

	@Autowired
	PeopleSeeds people;

	@Autowired
	ProgrammeSeeds programme;

	@Autowired
	ContentSeeds content;

	@Autowired
	Search search;

	@Autowired
	SearchIndex index;

	Organisation cooperation;

	Person speaker;

	Event upcoming;

	Event past;

	@BeforeEach
	void setUp() {
		for (String table : List.of("dossier_item", "dossier", "article_related", "article_event", "article_session",
				"article_person", "article_theme", "article_organisation", "article", "seat_counter",
				"event_registration_settings", "contribution", "session", "programme_part", "event_slug_history",
				"event_organiser", "event_theme", "event_audience", "event", "person", "organisation", "theme",
				"audience", "venue")) {
			this.jdbc.sql("delete from " + table).update();
		}
		this.cooperation = this.people.organisation("zorgcooperatie",
				() -> Organisation.create("zorgcooperatie", "Zorgcoöperatie Hoeksche Waard", null, null));
		this.speaker = this.people.person("fatima-el-amrani",
				() -> Person.create("fatima-el-amrani", "Fatima El Amrani", "Opbouwwerker", this.cooperation.id(), null,
						null));
		this.upcoming = event("buurten-in-beweging", "Buurten in beweging", "Over de wijk als vertrekpunt",
				NOW.plusDays(20));
		this.past = event("jubileumdebat", "Jubileumdebat", "Terugblik op twintig jaar wijkaanpak", NOW.minusDays(20));
		ProgrammePart round = this.programme.save(ProgrammePart.create(this.upcoming.getId(), PartKind.ROUND,
				"Workshopronde", "Kies een workshop", NOW.plusDays(20).plusHours(1), NOW.plusDays(20).plusHours(2), null));
		Session session = this.programme.save(Session.create(round, 0, "Mantelzorg en jongeren",
				"Over jonge mantelzorgers", "Zaal 2", null));
		this.programme.save(Contribution.toSession(session, this.speaker.id(), Role.SESSION_LEADER, 0));
	}

	Event event(String slug, String title, String summary, LocalDateTime start) {
		Event event = Event.draft(slug, title, start, start.plusHours(3));
		event.setSummary(summary);
		event.publish();
		return this.events.save(event);
	}

	long article(String slug, String title, LocalDateTime publishAt) {
		return this.content.article(new ContentSeeds.ArticleSeed(slug, ArticleKind.NEWS, title, "Inleiding",
				"Een tekst over **informele zorg** in de buurt.", "Redactie", publishAt, List.of(), List.of(), List.of(),
				Map.of()));
	}

	List<String> slugs(String q) {
		return find(new SearchQuery(q, null, null, 1, 50)).hits().stream().map(SearchHit::slug).toList();
	}

	/** A search once the stored documents are up to date (the index catches up on its own within a second). */
	SearchResults find(SearchQuery query) {
		this.index.reconcile();
		return this.search.find(query);
	}

	@Test
	void findsEventsByTheirProgrammeSessionsAndPeople() {
		assertThat(slugs("workshopronde")).containsExactly("buurten-in-beweging");
		assertThat(slugs("mantelzorgers")).containsExactly("buurten-in-beweging");
		assertThat(slugs("Amrani")).containsExactlyInAnyOrder("buurten-in-beweging", "fatima-el-amrani");
		assertThat(slugs("jubileumdebat")).containsExactly("jubileumdebat");
	}

	@Test
	void findsOrganisationsWithoutTheirAccents() {
		assertThat(slugs("zorgcooperatie")).contains("zorgcooperatie");
		assertThat(slugs("Zorgcoöperatie")).contains("zorgcooperatie");
	}

	@Test
	void draftsAndScheduledArticlesAreNeverFound() {
		article("gepubliceerd", "Informele zorg gepubliceerd", NOW.minusDays(1));
		article("concept", "Informele zorg concept", null);
		article("gepland", "Informele zorg gepland", NOW.plusDays(1));
		assertThat(slugs("informele zorg")).containsExactly("gepubliceerd");
		assertThat(find(new SearchQuery("informele zorg", null, null, 1, 20)).total()).isEqualTo(1);
	}

	@Test
	void filtersByKindAndPeriod() {
		article("wijkartikel", "Wijkaanpak in het nieuws", NOW.minusDays(1));
		assertThat(find(new SearchQuery("wijkaanpak", SearchKind.ARTICLE, null, 1, 20)).hits())
			.extracting(SearchHit::slug)
			.containsExactly("wijkartikel");
		assertThat(find(new SearchQuery("beweging", null, SearchPeriod.UPCOMING, 1, 20)).hits())
			.extracting(SearchHit::slug)
			.containsExactly("buurten-in-beweging");
		assertThat(find(new SearchQuery("beweging", null, SearchPeriod.PAST, 1, 20)).hits()).isEmpty();
		assertThat(find(new SearchQuery("wijkaanpak", null, SearchPeriod.PAST, 1, 20)).hits())
			.extracting(SearchHit::slug)
			.containsExactly("jubileumdebat");
	}

	@Test
	void stemsDutchWordsOnPostgres() {
		if (!this.search.isFullText()) {
			return;
		}
		assertThat(slugs("wijken")).contains("buurten-in-beweging");
		assertThat(slugs("buurt")).contains("buurten-in-beweging");
		assertThat(slugs("mantelzorger")).contains("buurten-in-beweging");
	}

	@Test
	void theSearchPageMarksWordsEscapesTextAndPages() throws Exception {
		for (int i = 0; i < 23; i++) {
			String slug = "netwerk-" + i;
			this.people.organisation(slug, () -> Organisation.create(slug, "Netwerk <b>" + slug + "</b>", null,
					"Een netwerk voor mantelzorg <script>x</script> nummer " + slug));
		}
		this.index.reconcile();
		String page = this.mvc.perform(get("/zoeken").param("q", "netwerk").param("kind", "organisation"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(page, "class=\"search-result\"")).isEqualTo(SearchController.PAGE_SIZE);
		assertThat(page).contains("<mark>").doesNotContain("<script>x").doesNotContain("<b>netwerk");
		assertThat(page).contains("Netwerk &lt;b&gt;netwerk-0&lt;/b&gt;");
		assertThat(page).contains("23 resultaten");
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(page);
		assertThat(next.find()).isTrue();
		String link = next.group(1).replace("&amp;", "&");
		assertThat(link).contains("q=netwerk").contains("kind=organisation").contains("page=2");
		String second = this.mvc.perform(get(java.net.URI.create(link))).andReturn().getResponse().getContentAsString();
		assertThat(count(second, "class=\"search-result\"")).isEqualTo(3);
		assertThat(second).contains("rel=\"prev\"");
		assertThat(page).contains("class=\"site-search\"").contains("id=\"site-search-q\"");
		assertThat(page.contains("class=\"search-engine\"")).isEqualTo(!this.search.isFullText());
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void theApiAnswersAndRejectsBadInput() throws Exception {
		this.index.reconcile();
		String body = this.mvc.perform(get("/api/search").param("q", "beweging"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode root = this.json.readTree(body);
		assertThat(root.path("engine").asString()).isEqualTo(this.search.isFullText() ? "postgresql-fulltext" : "simple");
		assertThat(root.path("results").path("items").get(0).path("url").asString())
			.isEqualTo("https://bijeen.example/evenementen/buurten-in-beweging");
		assertThat(root.path("results").path("total").asLong()).isEqualTo(1);
		assertThat(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.contains("/api/search");
		for (var request : List.of(get("/api/search"), get("/api/search").param("q", " "),
				get("/api/search").param("q", "x").param("kind", "boek"),
				get("/api/search").param("q", "x").param("when", "gisteren"),
				get("/api/search").param("q", "x").param("size", "0"))) {
			this.mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(r -> assertThat(r.getResponse().getContentType()).startsWith("application/problem+json"));
		}
	}

	@Test
	void thePeopleIndexListsEveryoneWithJobAndOrganisationAndIsLinked() throws Exception {
		String page = this.mvc.perform(get("/personen")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/personen/fatima-el-amrani\"")
			.contains("Opbouwwerker, Zorgcoöperatie Hoeksche Waard");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/personen\"")
			.contains("href=\"/organisaties\"");
	}

	@Test
	void unknownFiltersAndOddInputOnThePageAreNoError() throws Exception {
		this.mvc.perform(get("/zoeken").param("q", "\"&|!:*()'").param("kind", "boek").param("page", "x"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/zoeken")).andExpect(status().isOk());
	}

	@Test
	void theStoredDocumentsFollowChangesOnTheirOwn() {
		this.index.reconcile();
		this.upcoming.setTitle("Straten vol initiatief");
		this.events.save(this.upcoming);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(this.search.find(new SearchQuery("initiatief", null, null, 1, 20)).hits())
					.extracting(SearchHit::slug)
					.containsExactly("buurten-in-beweging"));
		assertThat(this.search.find(new SearchQuery("Buurten in beweging", SearchKind.EVENT, null, 1, 20)).hits())
			.isEmpty();
	}

	@Test
	void whatMayNotShowIsCheckedLiveAndWhatIsGoneIsRemoved() {
		this.index.reconcile();
		this.jdbc.sql("update event set status = 'DRAFT' where id = ?").param(this.past.getId()).update();
		assertThat(this.search.find(new SearchQuery("jubileumdebat", null, null, 1, 20)).hits()).isEmpty();
		this.index.reconcile();
		assertThat(this.jdbc.sql("select count(*) from search_document where kind = 'EVENT' and id = ?")
			.param(this.past.getId()).query(Long.class).single()).isZero();

		// A scheduled article is in the documents, found from its moment on without anything written.
		LocalDateTime soon = LocalDateTime.now(Zones.AMSTERDAM).withNano(0).plusSeconds(2);
		article("straks", "Wijkkracht straks", soon);
		this.index.reconcile();
		assertThat(this.search.find(new SearchQuery("wijkkracht", null, null, 1, 20)).hits()).isEmpty();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(this.search.find(new SearchQuery("wijkkracht", null, null, 1, 20)).hits())
					.extracting(SearchHit::slug)
					.containsExactly("straks"));
	}

	@Test
	void theScheduledReconcileRunsOncePerIntervalOverAllInstances(
			@Autowired org.springframework.transaction.support.TransactionTemplate transactions,
			@Autowired SearchProperties properties, @Autowired ScheduledRuns runs) throws Exception {
		// Three instances whose own timers are all due (they never reconciled), the last run long ago.
		List<SearchIndex> instances = java.util.stream.IntStream.range(0, 3)
			.mapToObj(i -> new SearchIndex(this.jdbc, transactions, properties, this.search, runs))
			.toList();
		this.jdbc.sql("update scheduled_run set last_run = ? where name = ?")
			.params(java.time.OffsetDateTime.now().minusDays(1), SearchIndex.RECONCILE)
			.update();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		List<java.util.concurrent.Future<Boolean>> ticks = new java.util.ArrayList<>();
		for (SearchIndex instance : instances) {
			ticks.add(pool.submit(instance::reconcileIfDue));
		}
		int reconciled = 0;
		for (java.util.concurrent.Future<Boolean> tick : ticks) {
			reconciled += tick.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(reconciled).as("instances that reconciled").isEqualTo(1);
		// The interval (10 minutes) has not passed: a fresh instance (its timer due) claims nothing either.
		assertThat(new SearchIndex(this.jdbc, transactions, properties, this.search, runs).reconcileIfDue()).isFalse();
	}

	@Test
	void reconcilingAgainWritesNothingOnPostgres() {
		this.index.reconcile();
		if (this.search.isFullText()) {
			assertThat(this.index.reconcile()).isZero();
		}
		assertThat(this.jdbc.sql("select count(*) from search_document").query(Long.class).single())
			.isEqualTo(this.jdbc.sql("select count(*) from (" + SearchDocuments.ids() + ") d").query(Long.class).single());
	}

}
