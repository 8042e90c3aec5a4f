package nl.bijeen.materials;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Materials end to end: upload through the organiser's form, the type told from the content, refusals (wrong type,
 * too large, empty) storing nothing, serving with type, download name, ETag, caching and byte ranges, registrants-only
 * files through the personal link only, sessions' and articles' files, deletion, the audit log, search and the API.
 * On H2 ({@link MaterialsH2IntegrationTests}) and PostgreSQL ({@link MaterialsPostgresIntegrationTests}).
 */
@WithMockUser(roles = "ADMIN")
abstract class MaterialsContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ContentSeeds content;

	@Autowired
	MaterialsProperties properties;

	@Autowired
	EventSeeds events;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletResponse upload(String base, String title, String fileName, byte[] bytes, String... more)
			throws Exception {
		var request = multipart(base).file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
			.param("title", title)
			.with(csrf());
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return perform(request);
	}

	long count(String where, Object... args) {
		return this.jdbc.sql("select count(*) from material where " + where).params(Arrays.asList(args))
			.query(Long.class).single();
	}

	long idOf(String title) {
		return this.jdbc.sql("select id from material where title = ?").param(title).query(Long.class).single();
	}

	@Test
	void anUploadedPdfIsServedWithItsTypeNameETagCachingAndRanges() throws Exception {
		Conference c = this.fixtures.conference(100);
		String base = "/admin/events/" + c.event().getId() + "/materials";
		byte[] pdf = TestFiles.pdf("De presentatie van het debat");
		MockHttpServletResponse uploaded = upload(base, "de presentatie Coöperatie", "Dia's debat.pdf", pdf);
		assertThat(uploaded.getStatus()).isEqualTo(302);
		assertThat(uploaded.getRedirectedUrl()).isEqualTo(base);
		long id = idOf("de presentatie Coöperatie");
		assertThat(this.jdbc.sql("select file_name from material where id = ?").param(id).query(String.class).single())
			.isEqualTo("dia-s-debat.pdf");
		assertThat(perform(get(base)).getContentAsString()).contains("de presentatie Coöperatie", "PDF, ", "/delete");

		String path = "/materialen/" + id + "/dia-s-debat.pdf";
		assertThat(perform(get("/evenementen/" + c.event().getSlug())).getContentAsString())
			.contains("href=\"" + path + "\"", "Download de presentatie Coöperatie (PDF, ");

		MockHttpServletResponse file = perform(get(path));
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getContentAsByteArray()).isEqualTo(pdf);
		ContentDisposition disposition = ContentDisposition.parse(file.getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isInline()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("de presentatie Coöperatie.pdf");
		assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"dia-s-debat.pdf\"");
		assertThat(file.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(file.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly("max-age=3600, public");
		String etag = file.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"" + Materials.sha256(pdf) + "\"");
		try (PDDocument document = Loader.loadPDF(file.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("De presentatie van het debat");
		}

		assertThat(perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus()).isEqualTo(304);

		MockHttpServletResponse range = perform(get(path).header(HttpHeaders.RANGE, "bytes=0-9"));
		assertThat(range.getStatus()).isEqualTo(206);
		assertThat(range.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-9/" + pdf.length);
		assertThat(range.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 0, 10));
		assertThat(range.getContentType()).isEqualTo("application/pdf");
		MockHttpServletResponse tail = perform(get(path).header(HttpHeaders.RANGE, "bytes=-5"));
		assertThat(tail.getStatus()).isEqualTo(206);
		assertThat(tail.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 5, pdf.length));

		// Another unit, or several ranges at once: ignored, the whole file (RFC 9110, 14.2).
		for (String ignored : List.of("bytes=0-1,5-9", "pages=1-2")) {
			MockHttpServletResponse whole = perform(get(path).header(HttpHeaders.RANGE, ignored));
			assertThat(whole.getStatus()).as(ignored).isEqualTo(200);
			assertThat(whole.getContentAsByteArray()).as(ignored).isEqualTo(pdf);
			assertThat(whole.getContentType()).isEqualTo("application/pdf");
		}
		for (String invalid : List.of("bytes=" + pdf.length + "-", "bytes=9-2", "bytes=x-")) {
			MockHttpServletResponse refused = perform(get(path).header(HttpHeaders.RANGE, invalid));
			assertThat(refused.getStatus()).as(invalid).isEqualTo(416);
			assertThat(refused.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes */" + pdf.length);
		}

		MockHttpServletResponse otherName = perform(get("/materialen/" + id + "/iets-anders.pdf"));
		assertThat(otherName.getStatus()).isEqualTo(301);
		assertThat(otherName.getRedirectedUrl()).isEqualTo(path);
		assertThat(perform(get("/materialen/987654321/x.pdf")).getStatus()).isEqualTo(404);
	}

	@Test
	void wrongTypeTooLargeAndEmptyAreRefusedOnTheFormAndNothingIsStored() throws Exception {
		Conference c = this.fixtures.conference(100);
		String base = "/admin/events/" + c.event().getId() + "/materials";
		MockHttpServletResponse text = upload(base, "Tekst als pdf", "verslag.pdf", TestFiles.text());
		assertThat(text.getStatus()).isEqualTo(400);
		assertThat(text.getContentAsString()).contains("id=\"error-summary\"", "Dit soort bestand kan niet worden toegevoegd",
				"id=\"file-error\"", "aria-invalid=\"true\"");
		MockHttpServletResponse empty = upload(base, "Leeg", "leeg.pdf", new byte[0]);
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("het gekozen bestand is leeg");
		MockHttpServletResponse untitled = upload(base, " ", "dia.pdf", TestFiles.pdf("x"));
		assertThat(untitled.getContentAsString()).contains("Vul een titel in.");
		DataSize limit = this.properties.getMaxFileSize();
		try {
			this.properties.setMaxFileSize(DataSize.ofBytes(100));
			MockHttpServletResponse large = upload(base, "Te groot", "groot.pdf", TestFiles.pdf("groot"));
			assertThat(large.getStatus()).isEqualTo(400);
			assertThat(large.getContentAsString()).contains("Het bestand is te groot. Een bestand mag hoogstens 100 bytes zijn");
		}
		finally {
			this.properties.setMaxFileSize(limit);
		}
		MockHttpServletResponse english = perform(multipart(base)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestFiles.text()))
			.param("title", "x").param("lang", "en").with(csrf()));
		assertThat(english.getContentAsString()).contains("This kind of file cannot be added.");
		assertThat(count("event_id = ?", c.event().getId())).isZero();
		assertThat(this.jdbc.sql("select count(*) from material_content c join material m on m.id = c.material_id"
				+ " where m.event_id = ?").param(c.event().getId()).query(Long.class).single()).isZero();

		// Pictures and office documents are welcome, whatever their name says.
		assertThat(upload(base, "Foto", "foto.pdf", TestFiles.image("png")).getStatus()).isEqualTo(302);
		assertThat(upload(base, "Sheets", "sheets.bin", TestFiles.pptx()).getStatus()).isEqualTo(302);
		assertThat(perform(get("/materialen/" + idOf("Foto") + "/foto.png")).getContentType()).isEqualTo("image/png");
		MockHttpServletResponse sheets = perform(get("/materialen/" + idOf("Sheets") + "/sheets.pptx"));
		assertThat(sheets.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertThat(ContentDisposition.parse(sheets.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isAttachment()).isTrue();
	}

	@Test
	void registrantsOnlyFilesAreReachedThroughThePersonalLinkOfSomeoneWithAPlaceOnly() throws Exception {
		Conference c = this.fixtures.conference(1);
		String base = "/admin/events/" + c.event().getId() + "/materials";
		assertThat(upload(base, "Alleen voor deelnemers", "intern.pdf", TestFiles.pdf("intern"), "registrantsOnly", "true")
			.getStatus()).isEqualTo(302);
		long id = idOf("Alleen voor deelnemers");
		RegistrationResult anna = this.registrations.register(RegistrationFixtures.request(c, "materiaal-anna@example.org",
				null, null, null));
		RegistrationResult waiting = this.registrations.register(RegistrationFixtures.request(c,
				"materiaal-wacht@example.org", null, null, null));

		assertThat(perform(get("/materialen/" + id + "/intern.pdf")).getStatus()).isEqualTo(404);
		assertThat(perform(get("/evenementen/" + c.event().getSlug())).getContentAsString())
			.doesNotContain("Alleen voor deelnemers");
		String personalPath = "/aanmelding/" + anna.token() + "/materialen/" + id + "/intern.pdf";
		assertThat(perform(get("/aanmelding/" + anna.token())).getContentAsString())
			.contains("Materialen voor deelnemers", "href=\"" + personalPath + "\"");
		MockHttpServletResponse file = perform(get(personalPath));
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly("private, no-store");
		assertThat(perform(get(personalPath).header(HttpHeaders.RANGE, "bytes=0-3")).getStatus()).isEqualTo(206);

		assertThat(perform(get("/aanmelding/" + waiting.token())).getContentAsString())
			.doesNotContain("Alleen voor deelnemers");
		assertThat(perform(get("/aanmelding/" + waiting.token() + "/materialen/" + id + "/intern.pdf")).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/aanmelding/onzin-token/materialen/" + id + "/intern.pdf")).getStatus()).isEqualTo(404);
		Conference other = this.fixtures.conference(10);
		RegistrationResult elsewhere = this.registrations.register(RegistrationFixtures.request(other,
				"materiaal-elders@example.org", null, null, null));
		assertThat(perform(get("/aanmelding/" + elsewhere.token() + "/materialen/" + id + "/intern.pdf")).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/api/events/" + c.event().getId() + "/materials")).getContentAsString()).isEqualTo("[]");
	}

	@Test
	void sessionsAndArticlesHaveTheirOwnFilesAndTheApiAndSearchListThePublicOnes() throws Exception {
		Conference c = this.fixtures.conference(100, 20, 20);
		String base = "/admin/events/" + c.event().getId() + "/materials";
		String word = "zeldzaamwoord" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(upload(base, "Werkblad " + word, "werkblad.pdf", TestFiles.pdf("w"), "sessionId",
				String.valueOf(c.session(1))).getStatus()).isEqualTo(302);
		Conference other = this.fixtures.conference(100, 20);
		assertThat(upload(base, "Verkeerde sessie", "x.pdf", TestFiles.pdf("w"), "sessionId",
				String.valueOf(other.session(0))).getStatus()).isEqualTo(404);
		long sheet = idOf("Werkblad " + word);
		assertThat(this.jdbc.sql("select session_id from material where id = ?").param(sheet).query(Long.class).single())
			.isEqualTo(c.session(1));
		assertThat(perform(get("/evenementen/" + c.event().getSlug())).getContentAsString())
			.contains("Materialen bij deze sessie", "Download Werkblad " + word);

		String api = perform(get("/api/events/" + c.event().getId() + "/materials")).getContentAsString();
		assertThat(api).contains("\"title\":\"Werkblad " + word + "\"", "\"type\":\"pdf\"",
				"\"url\":\"http://localhost:8080/materialen/" + sheet + "/werkblad.pdf\"",
				"\"sessionId\":" + c.session(1));
		assertThat(perform(get("/v3/api-docs")).getContentAsString()).contains("/api/events/{id}/materials");

		// The search documents catch up with the upload within a second (SearchIndex).
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(perform(get("/api/search").param("q", word).param("kind", "material"))
				.getContentAsString()).contains("\"kind\":\"material\"", "Werkblad " + word));
		assertThat(perform(get("/zoeken").param("q", word)).getContentAsString())
			.contains("/materialen/" + sheet + "/werkblad.pdf");

		String slug = "verslag-" + UUID.randomUUID().toString().substring(0, 8);
		long article = this.content.article(new ContentSeeds.ArticleSeed(slug, ArticleKind.REPORT, "Verslag", null,
				"Tekst.", null, LocalDateTime.now().minusDays(1), List.of(), List.of(), List.of(), Map.of()));
		String articleBase = "/admin/articles/" + article + "/materials";
		assertThat(upload(articleBase, "de presentatie " + word, "presentatie.pdf", TestFiles.pdf("p"),
				"registrantsOnly", "true").getStatus()).isEqualTo(302);
		long slides = idOf("de presentatie " + word);
		assertThat(count("id = ? and registrants_only = false and article_id = ?", slides, article)).isEqualTo(1);
		assertThat(perform(get("/artikelen/" + slug)).getContentAsString())
			.contains("Download de presentatie " + word + " (PDF, ", "/materialen/" + slides + "/presentatie.pdf");
		assertThat(perform(get("/admin/articles/" + article)).getContentAsString()).contains(articleBase);
		assertThat(perform(get("/api/articles/" + slug + "/materials")).getContentAsString())
			.contains("\"title\":\"de presentatie " + word + "\"", "/materialen/" + slides + "/presentatie.pdf");
		assertThat(perform(get("/v3/api-docs")).getContentAsString()).contains("/api/articles/{slug}/materials");

		String draft = "concept-" + UUID.randomUUID().toString().substring(0, 8);
		long hidden = this.content.article(new ContentSeeds.ArticleSeed(draft, ArticleKind.NEWS, "Concept", null,
				"Tekst.", null, null, List.of(), List.of(), List.of(), Map.of()));
		assertThat(upload("/admin/articles/" + hidden + "/materials", "Geheim " + word, "geheim.pdf", TestFiles.pdf("g"))
			.getStatus()).isEqualTo(302);
		assertThat(perform(get("/materialen/" + idOf("Geheim " + word) + "/geheim.pdf")).getStatus()).isEqualTo(404);
		assertThat(perform(get("/api/articles/" + draft + "/materials")).getStatus()).isEqualTo(404);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(perform(get("/api/search").param("q", word)).getContentAsString())
				.contains("de presentatie " + word));
		assertThat(perform(get("/api/search").param("q", word)).getContentAsString()).doesNotContain("Geheim");
	}

	@Test
	void afterTheEventItsFilesFollowTheReportInThePastTense() throws Exception {
		LocalDateTime start = LocalDateTime.now().minusDays(20).withNano(0);
		Event event = Event.draft("voorbij-" + UUID.randomUUID().toString().substring(0, 8), "Voorbij debat", start,
				start.plusHours(3));
		event.publish();
		event = this.events.save(event);
		assertThat(upload("/admin/events/" + event.getId() + "/materials", "de dia's van het debat", "dias.pdf",
				TestFiles.pdf("d")).getStatus()).isEqualTo(302);
		String page = perform(get("/evenementen/" + event.getSlug())).getContentAsString();
		assertThat(page).contains("Materialen van deze bijeenkomst", "Download de dia&#39;s van het debat (PDF, ");
		assertThat(page.indexOf("Materialen van deze bijeenkomst")).isLessThan(page.indexOf("Praktische informatie"));
	}

	@Test
	void deletingAsksFirstRemovesTheFileAndIsAudited() throws Exception {
		Conference c = this.fixtures.conference(100);
		String base = "/admin/events/" + c.event().getId() + "/materials";
		upload(base, "Weg ermee", "weg.pdf", TestFiles.pdf("weg"));
		long id = idOf("Weg ermee");
		assertThat(perform(get(base + "/" + id + "/delete")).getContentAsString())
			.contains("Ja, verwijder dit bestand", "Weg ermee");
		Conference other = this.fixtures.conference(100);
		assertThat(perform(post("/admin/events/" + other.event().getId() + "/materials/" + id + "/delete").with(csrf()))
			.getStatus()).as("another event's file").isEqualTo(404);
		MockHttpServletResponse deleted = perform(post(base + "/" + id + "/delete").with(csrf()));
		assertThat(deleted.getStatus()).isEqualTo(302);
		assertThat(count("id = ?", id)).isZero();
		assertThat(this.jdbc.sql("select count(*) from material_content where material_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertThat(perform(get("/materialen/" + id + "/weg.pdf")).getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("select action from audit_entry where event_id = ? and subject = ? order by id")
			.params(c.event().getId(), "material " + id).query(String.class).list())
			.containsExactly("MATERIAL_UPLOADED", "MATERIAL_DELETED");
	}

}
