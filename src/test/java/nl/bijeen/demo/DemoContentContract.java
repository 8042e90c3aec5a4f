package nl.bijeen.demo;

import java.util.List;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Role;
import nl.bijeen.content.ArticleFilter;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.ContentPages;
import nl.bijeen.content.PublicArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content loads into an empty database only, and only when enabled.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
// A context of its own, made for this class (a fresh database: the demo loads only into an empty one; other classes
// with the same configuration may have left events in a cached one) and closed after its test (the method's mark).
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
abstract class DemoContentContract {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	nl.bijeen.privacy.Retention retention;

	@Autowired
	DemoContent demo;

	@Autowired
	DemoProperties properties;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	PeopleDirectory peopleDirectory;

	@Autowired
	ProgrammeRows contributions;

	@Autowired
	PublicArticles articles;

	@Autowired
	ContentPages pages;

	@Autowired
	nl.bijeen.materials.MaterialPages materialPages;

	@Autowired
	nl.bijeen.materials.PublicMaterials publicMaterials;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	nl.bijeen.insights.InsightPages insights;

	@AfterEach
	void disable() {
		this.properties.setEnabled(false);
	}

	@Test
	@DirtiesContext
	void loadsTheSeedEventsAndUpcomingEditionsIntoAnEmptyDatabaseOnce() throws Exception {
		assertThat(this.eventCatalog.count()).as("disabled in tests: nothing loaded at start-up").isZero();
		this.demo.run(null);
		assertThat(this.eventCatalog.count()).as("still disabled").isZero();

		this.properties.setEnabled(true);
		this.demo.run(null);
		assertThat(this.eventCatalog.count()).isEqualTo(7);
		assertThat(this.eventCatalog.withTitleContaining(null, "")).allMatch(Event::isPublic);

		Event conference = this.eventCatalog.eventWithSlug("empowerment-naar-een-sterke-sociale-basis-2017").orElseThrow();
		assertThat(conference.getStartsAt().toLocalDate()).isEqualTo(DemoEvents.CONFERENCE_2017);
		List<ProgrammePart> programme = this.contributions.partsOf(conference.getId());
		assertThat(programme).extracting(ProgrammePart::kind)
			.containsExactly(PartKind.WALK_IN, PartKind.OPENING, PartKind.KEYNOTE, PartKind.DEBATE, PartKind.LUNCH,
					PartKind.ROUND, PartKind.CLOSING);
		ProgrammePart round = programme.get(5);
		assertThat(this.contributions.sessionsOfPart(round.id())).hasSize(6)
			.allMatch(s -> s.capacity() == 25);
		assertThat(names(conference, Role.PANEL_MEMBER)).containsExactly("Herm Kuipers", "Marijke Andeweg",
				"Arjo Klamer", "Raf Janssen");
		assertThat(names(conference, Role.SPEAKER)).containsExactly("Jenny Boumans", "Anja Machielse", "Pieter Hilhorst");
		assertThat(names(conference, Role.SESSION_LEADER)).contains("Doortje Kal", "Madeleine Prinsen", "Ard Sprinkhuizen")
			.hasSize(11);
		assertThat(names(conference, Role.DAY_CHAIR)).contains("Tanja Bubic");

		Event debate = this.eventCatalog.eventWithSlug("de-sociale-idealen-van-gemeenten-2018").orElseThrow();
		assertThat(names(debate, Role.COLUMN)).containsExactly("Marja Jager-Vreugdenhil", "Toby Witte");
		assertThat(names(debate, Role.PANEL_MEMBER)).contains("Karin ter Horst", "Wouter Struijk", "Sjef van der Klein");
		assertThat(names(debate, Role.SPEAKER)).containsExactly("Bert Wienen");

		Event online = this.eventCatalog.eventWithSlug("dicht-de-kloof-werken-aan-vertrouwen-2020").orElseThrow();
		assertThat(online.getAttendanceMode()).isEqualTo(AttendanceMode.ONLINE);
		assertThat(names(online, Role.GUEST)).containsExactly("Jan Hamming", "René Cuperus", "Amina Berkane", "Lou Repetur");
		assertThat(names(online, Role.SESSION_LEADER)).containsExactly("Krista van Mourik", "Judith Jansen");
		// The online meeting's insights: approved ones per workshop and for the meeting as a whole, in the report.
		assertThat(this.insights.report(online.getId())).extracting(nl.bijeen.insights.InsightPages.Group::title)
			.containsExactly("Inwoners aan het stuur", "Bonding, bridging en linking", null);
		assertThat(this.insights.wall(online.getId(), null)).hasSize(6)
			.noneMatch(i -> i.text().contains("opname van de talkshow"));

		pastEditionsShowAttendanceAndCertificates(conference, debate, online);

		long upcoming = this.eventCatalog.withTitleContaining(null, "")
			.stream()
			.filter(e -> !e.isPast(java.time.LocalDateTime.now()))
			.filter(e -> e.getRegistrationOpensAt().isBefore(java.time.LocalDateTime.now()))
			.count();
		assertThat(upcoming).isEqualTo(4);
		assertThat(this.peopleDirectory.personBySlug("frenk-van-der-linden")).isPresent();
		// The articles of the seed pages, published, and the dossier Empowerment.
		assertThat(this.articles.find(ArticleFilter.ALL, 1, 20).items()).extracting(ArticleSummary::kind)
			.containsExactlyInAnyOrder(ArticleKind.NEWS, ArticleKind.INTERVIEW, ArticleKind.PREVIEW, ArticleKind.REPORT);
		Event jubilee = this.eventCatalog.eventWithSlug("de-sociale-idealen-van-gemeenten-2018").orElseThrow();
		assertThat(this.pages.ofEvent(jubilee.getId()).report().title()).contains("sociale idealen");
		// The report carries the debate's presentation: a PDF made at seed time, public.
		List<nl.bijeen.materials.Material> slides = this.materialPages.ofArticle(this.pages.ofEvent(jubilee.getId()).report().id());
		assertThat(slides).singleElement().satisfies(m -> {
			assertThat(m.type()).isEqualTo(nl.bijeen.materials.MaterialType.PDF);
			assertThat(m.title()).isEqualTo("de presentatie van het jubileumdebat");
		});
		byte[] pdf = this.publicMaterials.content(slides.get(0).id()).orElseThrow();
		assertThat(nl.bijeen.materials.MaterialTypes.detect(pdf)).contains(nl.bijeen.materials.MaterialType.PDF);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(5);
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains("De sociale idealen van gemeenten", "Vertrouwen in plaats van regels");
		}
		assertThat(this.pages.ofTheme(this.eventCatalog.themeBySlug("empowerment").orElseThrow().id()).dossier().items())
			.extracting(ContentPages.DossierEntry::kind)
			.containsExactly("EVENT", "ARTICLE", "ARTICLE", "ARTICLE", "ARTICLE", "MATERIAL", "LINK");
		// Two sent newsletter editions in the archive, linking to the demo's articles and events.
		assertThat(this.jdbc.sql("select e.slug || ':' || count(i.ref_id) from newsletter_edition e join newsletter_edition_item i "
				+ "on i.edition_id = e.id where e.status = 'SENT' group by e.slug order by e.slug").query(String.class).list())
			.containsExactly("nieuwsbrief-empowerment:4", "nieuwsbrief-jubileumdebat:2");

		long people = this.peopleDirectory.peopleByName().size();
		this.demo.run(null);
		assertThat(this.eventCatalog.count()).as("nothing added when events exist").isEqualTo(7);
		assertThat(this.peopleDirectory.peopleByName().size()).isEqualTo(people);
	}

	/**
	 * The past editions: registrations spread over weeks, most participants present and some not (no-shows), at
	 * the conference also per workshop; certificates and PE-online lists for the accredited ones.
	 */
	private void pastEditionsShowAttendanceAndCertificates(Event conference, Event debate, Event online)
			throws Exception {
		for (Event event : List.of(conference, debate, online)) {
			long days = this.jdbc.sql("select count(distinct cast(created_at as date)) from registration where event_id = ?")
				.param(event.getId()).query(Long.class).single();
			assertThat(days).as("registration days of %s", event.getSlug()).isGreaterThan(15);
			int confirmed = this.jdbc.sql("select count(*) from registration where event_id = ? and status = 'CONFIRMED'")
				.param(event.getId()).query(Integer.class).single();
			int present = this.jdbc.sql("select count(*) from check_in where event_id = ?").param(event.getId())
				.query(Integer.class).single();
			assertThat(present).as("present at %s", event.getSlug()).isGreaterThan(confirmed / 2).isLessThan(confirmed);
			String dashboard = get("/admin/events/" + event.getId() + "/dashboard");
			assertThat(dashboard).contains("id=\"figure-present\">" + present + "<")
				.contains("id=\"figure-no-shows\">" + (confirmed - present) + " (");
		}
		assertThat(this.jdbc.sql("select count(*) from session_attendance where event_id = ?").param(conference.getId())
			.query(Integer.class).single()).isPositive();
		String certificates = get("/admin/events/" + conference.getId() + "/certificates");
		assertThat(certificates).contains("/pe-online/REGISTERPLEIN.txt", "/pe-online/SKJ.txt");
		assertThat(get("/admin/events/" + debate.getId() + "/certificates")).contains("/pe-online/REGISTERPLEIN.txt")
			.doesNotContain("/pe-online/SKJ.txt");
		// The debate's evaluation: everyone present invited, 34 answered, the others reminded.
		int presentAtDebate = this.jdbc.sql("select count(*) from check_in where event_id = ?").param(debate.getId())
			.query(Integer.class).single();
		assertThat(this.jdbc.sql("select count(*) || '/' || count(answered_at) || '/' || count(reminded_at) "
				+ "from evaluation_invitation where event_id = ?").param(debate.getId()).query(String.class).single())
			.isEqualTo(presentAtDebate + "/34/" + (presentAtDebate - 34));
		assertThat(get("/admin/events/" + debate.getId() + "/evaluation/results")).contains(">34<");
		String list = get("/admin/events/" + conference.getId() + "/pe-online/SKJ.txt");
		assertThat(list.lines().filter(l -> !l.isBlank()).count()).isGreaterThan(3);
		byte[] pdf = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/admin/events/" + conference.getId() + "/certificates.pdf")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			int present = this.jdbc.sql("select count(*) from check_in where event_id = ?").param(conference.getId())
				.query(Integer.class).single();
			assertThat(document.getNumberOfPages()).as("a certificate for everyone present").isEqualTo(present);
		}
		// the retention job leaves the past editions' names and numbers: their organisations keep them 120 months
		this.retention.run(java.time.LocalDateTime.now());
		assertThat(this.jdbc.sql("select count(*) from registration where pseudonymised_at is null and event_id = ?")
			.param(conference.getId()).query(Integer.class).single()).isEqualTo(156);
	}

	private String get(String path) {
		try {
			return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
				.andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> names(Event event, Role role) {
		return this.contributions.contributionsOf(event.getId())
			.stream()
			.filter(c -> c.role() == role)
			.sorted(java.util.Comparator.comparing(Contribution::id))
			.map(c -> this.peopleDirectory.person(c.personId()).orElseThrow().name())
			.distinct()
			.toList();
	}

}
