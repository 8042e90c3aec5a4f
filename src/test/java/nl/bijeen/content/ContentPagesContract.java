package nl.bijeen.content;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
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
 * The public side of articles: what is published shows everywhere (pages, event, person and theme pages,
 * feeds, API), drafts and scheduled articles nowhere; structured data, feeds and the event page after the
 * event. Run on H2 and PostgreSQL, in the agenda tests' context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "bijeen.base-url=https://bijeen.example", "bijeen.test.context=agenda" })
abstract class ContentPagesContract {

	static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

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
	ContentSeeds content;

	ContentFixtures data;

	@BeforeEach
	void setUp() {
		ContentFixtures.clean(this.jdbc);
		this.data = new ContentFixtures(this.events, this.people, this.content).basics();
	}

	String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void publishedDraftAndScheduled() {
		this.data.article("gepubliceerd", ArticleKind.INTERVIEW, "Gepubliceerd interview",
				ContentFixtures.NOW.minusDays(1), this.data.upcoming);
		this.data.article("concept", ArticleKind.NEWS, "Geheim concept", null, this.data.upcoming);
		this.data.article("gepland", ArticleKind.NEWS, "Later nieuws", ContentFixtures.NOW.plusDays(2),
				this.data.upcoming);
	}

	@Test
	void draftsAndScheduledArticlesAreInvisibleEverywhere() throws Exception {
		publishedDraftAndScheduled();
		for (String path : List.of("/artikelen", "/evenementen/empowerment-conferentie", "/personen/peter-rensen",
				"/themas/empowerment", "/organisaties/movisie", "/artikelen.rss", "/artikelen.atom", "/themas/empowerment.rss",
				"/organisaties/movisie.atom", "/api/articles")) {
			assertThat(body(path)).as(path).contains("Gepubliceerd interview").doesNotContain("Geheim concept")
				.doesNotContain("Later nieuws");
		}
		for (String path : List.of("/artikelen/concept", "/artikelen/gepland", "/api/articles/concept",
				"/api/articles/gepland")) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void anArticlePageCarriesValidJsonLdOpenGraphAndSafeMarkdown() throws Exception {
		this.data.article("interview-peter", ArticleKind.INTERVIEW, "Vijf vragen aan Peter",
				ContentFixtures.NOW.minusDays(1), this.data.upcoming);
		this.data.article("nieuws-panel", ArticleKind.NEWS, "Nieuws over het panel", ContentFixtures.NOW.minusDays(2),
				this.data.upcoming);
		String html = html("/artikelen/interview-peter");
		assertThat(html).contains("<h1>Vijf vragen aan Peter</h1>", "<h2>Kopje</h2>",
				"<a href=\"https://example.org/x\"", "<blockquote>", "Door Anna de Vries",
				"href=\"/personen/peter-rensen\"", "geïnterviewd", "href=\"/themas/empowerment\"",
				"<meta property=\"og:type\" content=\"article\">",
				"<meta property=\"og:url\" content=\"https://bijeen.example/artikelen/interview-peter\">",
				"<link rel=\"canonical\" href=\"https://bijeen.example/artikelen/interview-peter\">",
				"Lees ook", "href=\"/artikelen/nieuws-panel\"")
			.doesNotContain("<script>alert");
		JsonNode ld = jsonLd(html);
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("Article");
		assertThat(ld.get("headline").asString()).isEqualTo("Vijf vragen aan Peter");
		assertThat(ld.get("url").asString()).isEqualTo("https://bijeen.example/artikelen/interview-peter");
		OffsetDateTime published = OffsetDateTime.parse(ld.get("datePublished").asString());
		assertThat(published.toLocalDateTime()).isEqualTo(ContentFixtures.NOW.minusDays(1));
		OffsetDateTime.parse(ld.get("dateModified").asString());
		assertThat(ld.get("author").get("name").asString()).isEqualTo("Anna de Vries");
		assertThat(ld.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(ld.get("publisher").get("name").asString()).isEqualTo("Movisie");
		assertThat(ld.get("about").get(0).get("url").asString())
			.isEqualTo("https://bijeen.example/evenementen/empowerment-conferentie");
		assertThat(jsonLd(html("/artikelen/nieuws-panel")).get("@type").asString()).isEqualTo("NewsArticle");
	}

	@Test
	void anArticleAboutAnOpenEventShowsTheLiveCallToAction() throws Exception {
		this.data.article("interview", ArticleKind.INTERVIEW, "Interview", ContentFixtures.NOW.minusDays(1),
				this.data.upcoming);
		assertThat(html("/artikelen/interview")).contains("Heeft u zich al ingeschreven?",
				"href=\"/evenementen/empowerment-conferentie/aanmelden\"", ">Inschrijven</a>");
		// Full, with a waiting list (the default): the same call, to the waiting list.
		this.data.upcoming.setCapacity(1);
		this.events.save(this.data.upcoming);
		this.jdbc.sql("delete from seat_counter where event_id = ?").param(this.data.upcoming.getId()).update();
		this.jdbc.sql("insert into seat_counter (event_id, name, capacity, taken) values (?, 'VENUE', 1, 1)")
			.param(this.data.upcoming.getId())
			.update();
		assertThat(html("/artikelen/interview")).contains(">Op de wachtlijst</a>");
		this.data.article("verslag", ArticleKind.REPORT, "Verslag", ContentFixtures.NOW.minusDays(1), this.data.past);
		assertThat(html("/artikelen/verslag")).contains("Afgelopen").doesNotContain("/aanmelden\"");
	}

	@Test
	void theListFiltersByKindThemeAndOrganisationAndPagesInTheAddress() throws Exception {
		for (int i = 1; i <= 13; i++) {
			this.data.article("nieuws-" + i, ArticleKind.NEWS, "Nieuwsbericht nummer " + i,
					ContentFixtures.NOW.minusHours(i), null);
		}
		this.data.article("het-verslag", ArticleKind.REPORT, "Het verslag", ContentFixtures.NOW.minusDays(3), null);
		String first = html("/artikelen");
		assertThat(first).contains("14 artikelen", "Nieuwsbericht nummer 1<", "href=\"/artikelen?page=2\"")
			.doesNotContain("Het verslag");
		assertThat(html("/artikelen?page=2")).contains("Het verslag", "Nieuwsbericht nummer 13<");
		assertThat(html("/artikelen?soort=verslag")).contains("1 artikel", "Het verslag")
			.doesNotContain("Nieuwsbericht");
		assertThat(html("/artikelen?thema=empowerment&organisatie=movisie")).contains("14 artikelen");
		assertThat(html("/artikelen?thema=eenzaamheid")).contains("Geen artikelen");
		assertThat(html("/artikelen?thema=bestaat-niet&page=x&soort=%3Cscript%3E")).contains("Geen artikelen");
	}

	@Test
	void afterTheEventTheReportLeadsAndTheAnnouncementStays() throws Exception {
		this.data.article("voorbeschouwing", ArticleKind.PREVIEW, "Voorbeschouwing op het debat",
				ContentFixtures.NOW.minusDays(40), this.data.past);
		this.data.article("verslag-debat", ArticleKind.REPORT, "Verslag van het debat",
				ContentFixtures.NOW.minusDays(20), this.data.past);
		String past = html("/evenementen/jubileumdebat");
		assertThat(past).contains("id=\"report-heading\"", "Verslag van het debat", "<blockquote>",
				"href=\"#about-heading\"", "Lees de oorspronkelijke aankondiging", "id=\"about-heading\"",
				"Artikelen over deze bijeenkomst", "href=\"/artikelen/voorbeschouwing\"");
		assertThat(past.indexOf("id=\"report-heading\"")).isLessThan(past.indexOf("id=\"facts-heading\""));

		this.data.article("preview-conferentie", ArticleKind.PREVIEW, "Voorbeschouwing op de conferentie",
				ContentFixtures.NOW.minusDays(1), this.data.upcoming);
		String before = html("/evenementen/empowerment-conferentie");
		assertThat(before).contains("Lees meer over deze bijeenkomst", "href=\"/artikelen/preview-conferentie\"")
			.doesNotContain("id=\"report-heading\"");
	}

	@Test
	void aDossierShowsItsIntroductionAndCuratedOrder() throws Exception {
		long first = this.data.article("eerste", ArticleKind.NEWS, "Eerste bericht", ContentFixtures.NOW.minusDays(5), null);
		long second = this.data.article("tweede", ArticleKind.NEWS, "Tweede bericht", ContentFixtures.NOW.minusDays(1), null);
		String plain = html("/themas/empowerment");
		assertThat(plain).contains("Artikelen over dit thema");
		assertThat(plain.indexOf("Tweede bericht")).as("newest first").isLessThan(plain.indexOf("Eerste bericht"));
		this.content.dossier(this.data.empowerment.id(), "Alles over **empowerment**.",
				List.of(new ContentSeeds.DossierEntry(null, first, null, null),
						new ContentSeeds.DossierEntry(this.data.upcoming.getId(), null, null, null),
						new ContentSeeds.DossierEntry(null, second, null, null),
						new ContentSeeds.DossierEntry(null, null, "https://www.movisie.nl", "Movisie")));
		String dossier = html("/themas/empowerment");
		assertThat(dossier).contains("Alles over <strong>empowerment</strong>.", "href=\"https://www.movisie.nl\"");
		assertThat(dossier.indexOf("Eerste bericht")).isLessThan(dossier.indexOf("href=\"/evenementen/empowerment-conferentie\""));
		assertThat(dossier.indexOf("href=\"/evenementen/empowerment-conferentie\"")).isLessThan(dossier.indexOf("Tweede bericht"));
	}

	@Test
	void rssFeedsAreValidForAnIndependentParser() throws Exception {
		this.data.article("een", ArticleKind.NEWS, "Bericht een", ContentFixtures.NOW.minusDays(1), this.data.upcoming);
		this.data.article("twee", ArticleKind.REPORT, "Bericht twee", ContentFixtures.NOW.minusDays(2), null);
		for (String path : List.of("/artikelen.rss", "/agenda.rss", "/themas/empowerment.rss", "/organisaties/movisie.rss")) {
			String xml = body(path);
			Document doc = parse(xml);
			XPath xpath = XPathFactory.newInstance().newXPath();
			assertThat(xpath.evaluate("/rss/@version", doc)).isEqualTo("2.0");
			assertThat(xpath.evaluate("/rss/channel/title", doc)).as(path).isNotBlank();
			assertThat(xpath.evaluate("/rss/channel/link", doc)).startsWith("https://bijeen.example/");
			assertThat(xpath.evaluate("/rss/channel/description", doc)).isNotBlank();
			NodeList items = (NodeList) xpath.evaluate("/rss/channel/item", doc, XPathConstants.NODESET);
			assertThat(items.getLength()).as(path).isGreaterThan(0);
			Set<String> guids = new HashSet<>();
			for (int i = 1; i <= items.getLength(); i++) {
				String item = "/rss/channel/item[" + i + "]/";
				assertThat(xpath.evaluate(item + "title", doc)).isNotBlank();
				assertThat(xpath.evaluate(item + "link", doc)).startsWith("https://bijeen.example/");
				assertThat(guids.add(xpath.evaluate(item + "guid", doc))).as("unique guid").isTrue();
				String pubDate = xpath.evaluate(item + "pubDate", doc);
				if (!pubDate.isEmpty()) {
					ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
				}
			}
			SyndFeed rome = new SyndFeedInput().build(new StringReader(xml));
			assertThat(rome.getEntries()).hasSize(items.getLength());
		}
		assertThat(body("/themas/empowerment.rss")).contains("Bericht een", "Empowerment conferentie")
			.doesNotContain("Jubileumdebat");
		assertThat(body("/agenda.rss")).contains("Empowerment conferentie").doesNotContain("Bericht een");
	}

	@Test
	void atomFeedsAreValidForAnIndependentParser() throws Exception {
		this.data.article("een", ArticleKind.NEWS, "Bericht een", ContentFixtures.NOW.minusDays(1), this.data.upcoming);
		for (String path : List.of("/artikelen.atom", "/agenda.atom", "/themas/empowerment.atom")) {
			String xml = body(path);
			Document doc = parse(xml);
			XPath xpath = XPathFactory.newInstance().newXPath();
			xpath.setNamespaceContext(new AtomNamespace());
			assertThat(xpath.evaluate("/a:feed/a:title", doc)).isNotBlank();
			assertThat(xpath.evaluate("/a:feed/a:id", doc)).startsWith("https://bijeen.example/");
			OffsetDateTime.parse(xpath.evaluate("/a:feed/a:updated", doc));
			assertThat(xpath.evaluate("/a:feed/a:link[@rel='self']/@href", doc)).isEqualTo("https://bijeen.example" + path);
			NodeList entries = (NodeList) xpath.evaluate("/a:feed/a:entry", doc, XPathConstants.NODESET);
			assertThat(entries.getLength()).as(path).isGreaterThan(0);
			Set<String> ids = new HashSet<>();
			for (int i = 1; i <= entries.getLength(); i++) {
				String entry = "/a:feed/a:entry[" + i + "]/";
				assertThat(xpath.evaluate(entry + "a:title", doc)).isNotBlank();
				assertThat(ids.add(xpath.evaluate(entry + "a:id", doc))).as("unique id").isTrue();
				assertThat(xpath.evaluate(entry + "a:link/@href", doc)).startsWith("https://bijeen.example/");
				OffsetDateTime.parse(xpath.evaluate(entry + "a:updated", doc));
				assertThat(xpath.evaluate(entry + "a:author/a:name", doc)).isNotBlank();
			}
			new SyndFeedInput().build(new StringReader(xml));
		}
	}

	@Test
	void pagesAnnounceTheirFeeds() throws Exception {
		assertThat(html("/artikelen")).contains(
				"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Artikelen (feed)\" href=\"/artikelen.rss\">",
				"type=\"application/atom+xml\"");
		assertThat(html("/")).contains("href=\"/agenda.rss\"", "href=\"/agenda.atom\"");
		assertThat(html("/themas/empowerment")).contains("href=\"/themas/empowerment.rss\"");
		assertThat(html("/organisaties/movisie")).contains("href=\"/organisaties/movisie.atom\"");
		this.mvc.perform(get("/themas/bestaat-niet.rss")).andExpect(status().isNotFound());
	}

	@Test
	void theApiListsAndShowsPublishedArticles() throws Exception {
		publishedDraftAndScheduled();
		JsonNode list = this.json.readTree(body("/api/articles?kind=interview"));
		assertThat(list.get("total").asLong()).isEqualTo(1);
		JsonNode item = list.get("items").get(0);
		assertThat(item.get("slug").asString()).isEqualTo("gepubliceerd");
		assertThat(item.get("kind").asString()).isEqualTo("interview");
		assertThat(item.get("url").asString()).isEqualTo("https://bijeen.example/artikelen/gepubliceerd");
		OffsetDateTime.parse(item.get("publishedAt").asString());
		JsonNode detail = this.json.readTree(body("/api/articles/gepubliceerd"));
		assertThat(detail.get("body").asString()).contains("## Kopje");
		assertThat(detail.get("bodyHtml").asString()).contains("<h2>Kopje</h2>").doesNotContain("<script>");
		assertThat(detail.get("events").get(0).get("slug").asString()).isEqualTo("empowerment-conferentie");
		assertThat(detail.get("people").get(0).get("role").asString()).isEqualTo("interviewed");
		this.mvc.perform(get("/api/articles?size=0")).andExpect(status().isBadRequest());
		assertThat(body("/v3/api-docs")).contains("/api/articles/{slug}");
	}

	JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("JSON-LD script present").isTrue();
		return this.json.readTree(matcher.group(1));
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	static final class AtomNamespace implements javax.xml.namespace.NamespaceContext {

		@Override
		public String getNamespaceURI(String prefix) {
			return "a".equals(prefix) ? "http://www.w3.org/2005/Atom" : null;
		}

		@Override
		public String getPrefix(String uri) {
			return null;
		}

		@Override
		public java.util.Iterator<String> getPrefixes(String uri) {
			return null;
		}

	}

}
