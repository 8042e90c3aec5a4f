package nl.bijeen.dashboard;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.attendance.CheckIns;
import nl.bijeen.attendance.SessionCheckIns;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard: one event's figures (registrations on known days added up, fill rate and waiting lists per
 * workshop, present and no-shows) in key figures, charts (the SVG read as XML) and tables; the overview across
 * events showing an organisation's member only their organisation's events and the platform administrator all,
 * per organisation; the CSV read back with Commons CSV. On H2 ({@link DashboardH2IntegrationTests}) and PostgreSQL
 * ({@link DashboardPostgresIntegrationTests}).
 */
abstract class DashboardContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	CheckIns checkIns;

	@Autowired
	SessionCheckIns sessionCheckIns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.bijeen.evaluation.EvaluationSeeds evaluations;

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	EventCatalog catalog;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	static RequestPostProcessor platform() {
		return user("admin").roles("ADMIN");
	}

	/**
	 * A conference held two days ago with 4 places and workshops A (2 places) and B (3): four with a place (two in
	 * each workshop), two on the event's waiting list, one cancelled; registered 12, 11 and 9 days before today,
	 * the cancellation 8 days before; three checked in, one of them also at workshop A.
	 */
	@Test
	void theFiguresOfOneEventInKeyFiguresChartsAndTables() throws Exception {
		Conference c = this.fixtures.conference(4, 2, 3);
		Long id = c.event().getId();
		LocalDate today = LocalDate.now(Zones.AMSTERDAM);
		RegistrationResult p1 = register(c, "p1", c.session(0));
		RegistrationResult p2 = register(c, "p2", c.session(0));
		RegistrationResult p3 = register(c, "p3", c.session(1));
		RegistrationResult p4 = register(c, "p4", c.session(1));
		RegistrationResult p5 = register(c, "p5", c.session(1));
		RegistrationResult p6 = register(c, "p6", c.session(1));
		RegistrationResult p7 = register(c, "p7", c.session(1));
		assertThat(List.of(p5.status(), p6.status(), p7.status())).containsOnly(RegistrationStatus.WAITLISTED);
		created(p1, today.minusDays(12));
		created(p2, today.minusDays(12));
		created(p3, today.minusDays(11));
		for (RegistrationResult r : List.of(p4, p5, p6, p7)) {
			created(r, today.minusDays(9));
		}
		this.jdbc.sql("update registration set status = 'CANCELLED', cancelled_at = ? where id = ?")
			.params(today.minusDays(8).atTime(10, 0), p7.registrationId()).update();
		LocalDateTime start = today.minusDays(2).atTime(9, 30);
		this.jdbc.sql("update event set starts_at = ?, ends_at = ? where id = ?").params(start, start.plusHours(7), id)
			.update();
		for (RegistrationResult present : List.of(p1, p3, p4)) {
			this.checkIns.byRegistration(id, present.registrationId(), "test");
		}
		this.sessionCheckIns.byRegistration(id, c.session(0), p1.registrationId(), "test");

		String page = this.mvc.perform(get("/admin/events/" + id + "/dashboard").with(platform()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figure(page, "places")).isEqualTo("4");
		assertThat(figure(page, "confirmed")).isEqualTo("4");
		assertThat(figure(page, "waitlisted")).isEqualTo("2");
		assertThat(figure(page, "ended")).isEqualTo("1");
		assertThat(figure(page, "registered")).isEqualTo("7");
		assertThat(figure(page, "fill")).isEqualTo("100%");
		assertThat(figure(page, "present")).isEqualTo("3");
		assertThat(figure(page, "no-shows")).isEqualTo("1 (25%)");

		// Registrations over time: a point a day from the first registration to the event's day.
		Element line = svg(page, "registrations-over-time");
		assertThat(text(line, "title")).isEqualTo("Aanmeldingen opgeteld per dag (ook later geannuleerde)");
		assertThat(text(line, "desc")).startsWith("7 aanmeldingen van ");
		assertThat(((Element) line.getElementsByTagName("path").item(0)).getAttribute("d")).startsWith("M");
		List<String> points = tableValues(figureOf(page, "registrations-over-time"));
		assertThat(points).hasSize(11);
		assertThat(points.subList(0, 5)).containsExactly("2 (netto 2)", "3 (netto 3)", "3 (netto 3)", "7 (netto 7)",
				"7 (netto 6)");
		assertThat(points.get(10)).isEqualTo("7 (netto 6)");

		// Fill rate per workshop: one bar each, the figures in the bars' texts and in the table.
		Element fill = svg(page, "fill-per-workshop");
		assertThat(fill.getElementsByTagName("rect").getLength()).isEqualTo(2);
		assertThat(text(fill, "desc")).isEqualTo("Workshop A: 2 van 2 (100%); Workshop B: 2 van 3 (67%).");
		assertThat(tableValues(figureOf(page, "fill-per-workshop"))).containsExactly("2 van 2 (100%)", "2 van 3 (67%)");
		// a full workshop fills the plot, a workshop two thirds full two thirds of it
		assertThat(Double.parseDouble(((Element) fill.getElementsByTagName("rect").item(1)).getAttribute("width")))
			.isCloseTo(470 * 2 / 3.0, org.assertj.core.data.Offset.offset(0.2));
		assertThat(tableValues(figureOf(page, "waiting-lists"))).containsExactly("2", "0", "0");
		Element attendance = svg(page, "attendance");
		assertThat(attendance.getElementsByTagName("rect").getLength()).isEqualTo(2);
		assertThat(tableValues(figureOf(page, "attendance"))).containsExactly("3 van 4 (75%)", "1 van 4 (25%)");
		assertThat(tableValues(figureOf(page, "attendance-per-workshop"))).containsExactly("1 van 2 (50%)",
				"0 van 2 (0%)");
		// the table per workshop: places, with a place, fill rate, waiting, present at the workshop
		assertThat(rows(page, "workshop-figures")).containsExactly(List.of("Workshop A", "2", "2", "100%", "0", "1"),
				List.of("Workshop B", "3", "2", "67%", "0", "0"));
		assertThat(page).doesNotContain("evaluation-scores").doesNotContain("@example.org");

		// English
		String english = this.mvc.perform(get("/admin/events/" + id + "/dashboard").with(platform())
				.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("2 of 2 (100%)");

		// The event's page links to it.
		assertThat(this.mvc.perform(get("/admin/events/" + id).with(platform())).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/admin/events/" + id + "/dashboard\"");
	}

	@Test
	void theEvaluationsMarksAverageOverAllAndPerRatingQuestionOnAScaleOfTen() throws Exception {
		Conference c = this.fixtures.conference(10);
		long eventId = c.event().getId();
		String before = this.mvc.perform(get("/admin/events/" + eventId + "/dashboard").with(platform()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(before).as("no form, no section").doesNotContain("id=\"evaluation-scores\"");

		this.evaluations.form(eventId, true);
		long overall = this.evaluations.rating(eventId, "Algemeen oordeel", true);
		long speakers = this.evaluations.rating(eventId, "Sprekers", false);
		this.evaluations.open(eventId, "Wat neemt u mee?", 500);
		this.evaluations.respond(eventId, null, LocalDate.now(), java.util.Map.of(overall, List.of("9"), speakers,
				List.of("4")));
		this.evaluations.respond(eventId, null, LocalDate.now(), java.util.Map.of(overall, List.of("6")));

		String page = this.mvc.perform(get("/admin/events/" + eventId + "/dashboard").with(platform()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figure(page, "average-mark")).isEqualTo("6,3");
		assertThat(figure(page, "responses")).isEqualTo("2");
		Element svg = svg(page, "evaluation-chart");
		assertThat(text(svg, "desc")).contains("6,3", "2");
		assertThat(bars(page, "evaluation-chart")).isEqualTo(2);
		assertThat(tableValues(figureOf(page, "evaluation-chart"))).containsExactly("7,5 (2 cijfers)", "4,0 (1 cijfer)");
		// On a scale of 10: 7.5 of 10 fills three quarters of the plot (470 units), whatever the highest average.
		assertThat(svg.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("width").getNodeValue())
			.isEqualTo("352.5");
		assertThat(page).contains("/admin/events/" + eventId + "/evaluation/results");

		// Across events: the average mark in the overview's table and its CSV.
		String csv = this.mvc.perform(get("/admin/dashboard.csv").with(platform())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
		CSVRecord row = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
			.parse(new java.io.StringReader(csv)).getRecords().stream()
			.filter(r -> r.get("id").equals(String.valueOf(eventId))).findFirst().orElseThrow();
		assertThat(row.get("Evaluatie (gemiddeld cijfer)")).as("in the language's notation").isEqualTo("6,3");
	}

	@Test
	void anEventNotBegunHasNoAttendanceYet() throws Exception {
		Conference c = this.fixtures.conference(10);
		register(c, "early", null);
		String page = this.mvc.perform(get("/admin/events/" + c.event().getId() + "/dashboard").with(platform()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figure(page, "confirmed")).isEqualTo("1");
		assertThat(figure(page, "fill")).isEqualTo("10%");
		assertThat(figure(page, "no-shows")).contains("nog niet bekend");
		assertThat(tableValues(figureOf(page, "registrations-over-time"))).containsExactly("1 (netto 1)");
		assertThat(page).doesNotContain("id=\"attendance\"").contains("id=\"nobody-waiting\"")
			.doesNotContain("id=\"waiting-lists\"");
	}

	@Test
	void theOverviewShowsAMemberTheirOrganisationsEventsAndThePlatformAllPerOrganisation() throws Exception {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		for (long event : List.of(f.eventA(), f.eventB(), f.eventCoOrganised())) {
			Event e = this.catalog.event(event).orElseThrow();
			e.publish();
			this.events.save(e);
		}
		String k = this.catalog.event(f.eventA()).orElseThrow().getTitle().replace("Evenement van A ", "");
		String ofA = this.mvc.perform(get("/admin/dashboard").with(user(f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ofA).contains("Evenement van A " + k, "Samen met A " + k).doesNotContain("Evenement van B " + k)
			.doesNotContain("id=\"per-organisation\"");
		assertThat(figure(ofA, "total-events", "")).isEqualTo("2");
		// Another period: the events starting in it; a period back to front or not a date: a field error, and
		// the default period shown.
		RequestPostProcessor memberOfA = user(f.adminA().username()).roles("ORGANISER");
		java.time.LocalDate today = java.time.LocalDate.now(nl.bijeen.common.Zones.AMSTERDAM);
		String tomorrowOn = this.mvc.perform(get("/admin/dashboard").param("van", today.plusDays(1).toString())
			.param("tot", today.plusYears(1).toString()).with(memberOfA))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figure(tomorrowOn, "total-events", "")).as("only the co-organised one in five days").isEqualTo("1");
		assertThat(tomorrowOn).contains("Samen met A " + k).doesNotContain("Evenement van A " + k);
		String backwards = this.mvc.perform(get("/admin/dashboard").param("van", "2030-01-01")
			.param("tot", "2020-01-01").with(memberOfA))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(backwards).contains("id=\"tot-error\"", "De einddatum ligt voor de begindatum");
		assertThat(figure(backwards, "total-events", "")).isEqualTo("2");
		String nonsense = this.mvc.perform(get("/admin/dashboard").param("van", "morgen").with(memberOfA))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(nonsense).contains("id=\"van-error\"", "Vul een datum in als 2026-12-31");
		String longAgo = this.mvc.perform(get("/admin/dashboard.csv").param("van", "1990-01-01")
			.param("tot", "1990-12-31").with(memberOfA))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(longAgo.lines().count()).as("the header only").isEqualTo(1);
		// A's event of today and the co-organised one in five days: one bar each, in one chart or the other
		assertThat(bars(ofA, "fill-per-event") + bars(ofA, "attendance-per-event")).isEqualTo(2);

		String all = this.mvc.perform(get("/admin/dashboard").with(platform())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(all).contains("id=\"per-organisation\"", "Organisatie A " + k, "Organisatie B " + k);
		assertThat(bars(all, "fill-per-event")).isBetween(1, 20);
		assertThat(svg(all, "fill-per-event").getElementsByTagName("title").item(0).getTextContent())
			.startsWith("Bezetting van de eerstvolgende");

		// The CSV: every event of the period, counts only.
		byte[] csv = this.mvc.perform(get("/admin/dashboard.csv").with(platform())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String content = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
			.get().parse(new StringReader(content)).getRecords();
		Map<String, CSVRecord> byTitle = records.stream()
			.collect(Collectors.toMap(r -> r.get("Evenement"), r -> r, (a, b) -> a));
		assertThat(byTitle).containsKeys("Evenement van A " + k, "Evenement van B " + k, "Samen met A " + k);
		assertThat(byTitle.get("Evenement van B " + k).get("Organisatie")).isEqualTo("Organisatie B " + k);
		assertThat(byTitle.get("Evenement van A " + k).get("Met plaats")).isEqualTo("0");
		byte[] ofACsv = this.mvc.perform(get("/admin/dashboard.csv").with(user(f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> aRecords = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
			.get().parse(new StringReader(new String(ofACsv, StandardCharsets.UTF_8).replace("\uFEFF", "")))
			.getRecords();
		assertThat(aRecords).extracting(r -> r.get("Evenement"))
			.containsExactlyInAnyOrder("Evenement van A " + k, "Samen met A " + k);
	}

	private RegistrationResult register(Conference c, String who, Long session) {
		return this.registrations.register(RegistrationFixtures.request(c, who + "-" + java.util.UUID.randomUUID()
				.toString().substring(0, 6) + "@example.org", session, null, null));
	}

	private void created(RegistrationResult r, LocalDate day) {
		this.jdbc.sql("update registration set created_at = ? where id = ?").params(day.atTime(11, 0), r.registrationId())
			.update();
	}

	private static String figure(String page, String name) {
		return figure(page, name, "figure-");
	}

	private static String figure(String page, String name, String prefix) {
		Matcher m = Pattern.compile("id=\"" + prefix + name + "\">([^<]*)<").matcher(page);
		assertThat(m.find()).as("figure %s", name).isTrue();
		return m.group(1).strip();
	}

	/** The chart's figure element, from its opening tag to its end. */
	private static String figureOf(String page, String id) {
		int start = page.indexOf("<figure class=\"chart\" id=\"" + id + "\"");
		assertThat(start).as("chart %s", id).isNotNegative();
		return page.substring(start, page.indexOf("</figure>", start));
	}

	/** The chart's SVG parsed as XML. */
	private static Element svg(String page, String id) throws Exception {
		String figure = figureOf(page, id);
		String svg = figure.substring(figure.indexOf("<svg"), figure.indexOf("</svg>") + "</svg>".length());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
		return root;
	}

	private static int bars(String page, String id) {
		return figureOf(page, id).split("<rect", -1).length - 1;
	}

	private static String text(Element svg, String tag) {
		return svg.getElementsByTagName(tag).item(0).getTextContent();
	}

	/** The values (second column) of a chart's table. */
	private static List<String> tableValues(String figure) {
		Matcher m = Pattern.compile("<tr><th scope=\"row\">[^<]*</th><td>([^<]*)</td></tr>").matcher(figure);
		List<String> values = new ArrayList<>();
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	/** The cells of a table's body rows. */
	private static List<List<String>> rows(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		String body = page.substring(page.indexOf("<tbody>", start), page.indexOf("</tbody>", start));
		List<List<String>> rows = new ArrayList<>();
		for (String row : body.split("</tr>")) {
			Matcher m = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(row);
			List<String> cells = new ArrayList<>();
			while (m.find()) {
				cells.add(m.group(1).strip());
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
			}
		}
		return rows;
	}

}
