package nl.bijeen.registration.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDateTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV downloads and the organisers' API, on H2 and PostgreSQL.
 */
@SpringBootTest(properties = { "bijeen.registration.jobs-enabled=false", "bijeen.registration.rate-limit=1000" })
@AutoConfigureMockMvc
@Import(RegistrationFixtures.class)
abstract class RegistrationExportContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrationService;

	@Autowired
	JdbcClient jdbcClient;

	AdminFixtures people;

	@BeforeEach
	void people() {
		this.people = new AdminFixtures(this.registrationService, this.jdbcClient);
	}

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	RegistrationSettingsRepository settings;

	Conference conference() {
		Conference c = this.fixtures.conference(2, 5, 5);
		RegistrationQuestion diet = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.MULTIPLE_CHOICE, "Dieetwensen", false, List.of("Vegetarisch", "Halal", "Glutenvrij"), 0));
		RegistrationQuestion photos = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.YES_NO, "Mogen wij foto's maken?", false, null, 1));
		this.people.register(c, "Frénk Çelik", "frenk@example.org", "Wijkteam \"Noord\"; Utrecht", c.session(0),
				Map.of(diet.id(), List.of("Vegetarisch", "Halal"), photos.id(), List.of("no")));
		this.people.register(c, "=HYPERLINK(\"http://evil.example\")", "evil@example.org", "@Kwaad", c.session(1),
				Map.of());
		this.people.register(c, "Wachtende Wim", "wim@example.org", "-Min", c.session(0), Map.of());
		return c;
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void namesRegistersByTheirNamesInTheListAndTheCsv() throws Exception {
		Conference c = this.fixtures.conference(10);
		Long eventId = c.event().getId();
		this.settings.save(new RegistrationSettings(eventId, true, false, false, null, true, 4, "REGISTERPLEIN,SKJ", 2,
				60, null));
		this.registrationService.register(new RegistrationRequest(eventId, new Applicant("Jeugd Jet", "jet@example.org",
				null, null, Locale.forLanguageTag("nl"), Attendance.VENUE, false, "SKJ", "110012345"), true, Map.of(),
				Map.of(), null));
		this.registrationService.register(new RegistrationRequest(eventId, new Applicant("Plein Piet",
				"piet@example.org", null, null, Locale.forLanguageTag("nl"), Attendance.VENUE, false, "REGISTERPLEIN",
				"45678901"), true, Map.of(), Map.of(), null));
		String csv = this.mvc.perform(get("/admin/events/" + eventId + "/registrations.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(";Registerplein;45678901").contains(";SKJ (Stichting Kwaliteitsregister Jeugd);110012345")
			.doesNotContain("REGISTERPLEIN");
		String list = this.mvc.perform(get("/admin/events/" + eventId + "/registrations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(">Registerplein<").contains(">SKJ (Stichting Kwaliteitsregister Jeugd)<")
			.doesNotContain("REGISTERPLEIN");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void exportsAllRegistrationsForExcel() throws Exception {
		Conference c = conference();
		byte[] body = this.mvc.perform(get("/admin/events/" + c.event().getId() + "/registrations.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/csv")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("attachment; filename=\"aanmeldingen-" + c.event().getSlug() + "-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body[0]).isEqualTo((byte) 0xEF);
		assertThat(body[1]).isEqualTo((byte) 0xBB);
		assertThat(body[2]).isEqualTo((byte) 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo("Naam;E-mailadres;Organisatie;Functie;Status;Deelname;Aangemeld op;"
				+ "Workshopronde;Dieetwensen;Mogen wij foto's maken?");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\";evil@example.org;'@Kwaad;")
			.contains("Frénk Çelik;frenk@example.org;\"Wijkteam \"\"Noord\"\"; Utrecht\";Sociaal werker;Aangemeld;"
					+ "Op locatie;")
			.contains(";Workshop A;Vegetarisch, Halal;Nee\r\n")
			.contains("Wachtende Wim;wim@example.org;'-Min;Sociaal werker;Op de wachtlijst;Op locatie;")
			.contains(";Workshop A (wachtlijst);;\r\n");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void exportsOneSessionAndTheListsFilterInEnglish() throws Exception {
		Conference c = conference();
		String csv = this.mvc
			.perform(get("/admin/events/" + c.event().getId() + "/registrations/sessions/" + c.session(0) + ".csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("-workshop-a-")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Frénk Çelik").contains("Wachtende Wim").doesNotContain("evil@example.org");

		String english = this.mvc
			.perform(get("/admin/events/" + c.event().getId() + "/registrations.csv").param("status", "WAITLISTED")
				.header("Accept-Language", "en"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("registrations-")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english.lines().toList()).hasSize(2);
		assertThat(english).startsWith("\uFEFFName;Email address;").contains("On the waiting list");
	}

	@Test
	void theApiListsRegistrationsForOrganisersOnly() throws Exception {
		Conference c = conference();
		String url = "/api/events/" + c.event().getId() + "/registrations";
		this.mvc.perform(get(url)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(url + ".csv")).andExpect(status().isUnauthorized());

		String bearer = "Bearer " + this.tokens.issue("admin", "export tests");
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[1].name").value("Frénk Çelik"))
			.andExpect(jsonPath("$.items[1].sessions[0].session").value("Workshop A"))
			.andExpect(jsonPath("$.items[1].answers[0].answer").value("Vegetarisch\nHalal"));
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer).param("status", "WAITLISTED"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].status").value("WAITLISTED"))
			.andExpect(jsonPath("$.items[0].sessions[0].waiting").value(true));
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer).param("status", "SOMETHING"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(get("/api/events/999999/registrations").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(get(url + ".csv").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Frénk Çelik")));
	}

	/**
	 * Reads a CSV download back with Commons CSV (semicolons, quotes), without its byte order mark.
	 */
	static List<CSVRecord> readCsv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
	}

	/**
	 * Reads an XLSX download back with Apache POI: every row as the texts of its cells (empty cells as ""),
	 * the registration time (column 7) as its date.
	 */
	static List<List<String>> readXlsx(byte[] body) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new java.util.ArrayList<>();
			int width = sheet.getRow(0).getLastCellNum();
			for (Row row : sheet) {
				List<String> cells = new java.util.ArrayList<>();
				for (int c = 0; c < width; c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add("");
					}
					else if (row.getRowNum() > 0 && c == ExportRows.REGISTERED_AT) {
						assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
						LocalDateTime at = cell.getLocalDateTimeCellValue();
						cells.add(at.format(RegistrationCsv.TIME));
					}
					else {
						assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
						cells.add(formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	static List<List<String>> csvRows(List<CSVRecord> records) {
		return records.stream().map(r -> r.stream().map(v -> v.startsWith("'") ? v.substring(1) : v).toList()).toList();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theExcelWorkbookHasTheSameColumnsAndRowsAsTheCsv() throws Exception {
		Conference c = conference();
		String url = "/admin/events/" + c.event().getId() + "/registrations";
		byte[] xlsx = this.mvc.perform(get(url + ".xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith(ExportFormat.XLSX_TYPE)))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("attachment; filename=\"aanmeldingen-" + c.event().getSlug() + "-")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(".xlsx\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] csv = this.mvc.perform(get(url + ".csv")).andReturn().getResponse().getContentAsByteArray();
		List<List<String>> sheet = readXlsx(xlsx);
		List<CSVRecord> records = readCsv(csv);
		assertThat(records).hasSize(4);
		assertThat(records.get(0).get(0)).isEqualTo("Naam");
		assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(records.get(2).get(2)).isEqualTo("Wijkteam \"Noord\"; Utrecht");
		// The same cells in both; the workbook needs no quote against formulas, its cells are text.
		assertThat(sheet).isEqualTo(csvRows(records));
		assertThat(sheet.get(1).get(0)).isEqualTo("=HYPERLINK(\"http://evil.example\")");
		assertThat(sheet.get(2)).containsSequence("Workshop A", "Vegetarisch, Halal", "Nee");
		assertThat(sheet.get(3)).contains("Wachtende Wim", "Op de wachtlijst", "Workshop A (wachtlijst)");

		List<List<String>> waiting = readXlsx(this.mvc
			.perform(get(url + ".xlsx").param("status", "WAITLISTED").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(waiting).hasSize(2);
		assertThat(waiting.get(0).subList(0, 2)).containsExactly("Name", "Email address");
		assertThat(waiting.get(1)).contains("Wachtende Wim", "On the waiting list");

		List<List<String>> session = readXlsx(this.mvc
			.perform(get(url + "/sessions/" + c.session(0) + ".xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("-workshop-a-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(session).hasSize(3);
		assertThat(session.stream().map(r -> r.get(0))).contains("Frénk Çelik", "Wachtende Wim")
			.doesNotContain("=HYPERLINK(\"http://evil.example\")");
		this.mvc.perform(get("/admin/events/999999/registrations.xlsx")).andExpect(status().isNotFound());
	}

	@Test
	void theApiGivesTheWorkbookToOrganisersOnly() throws Exception {
		Conference c = conference();
		String url = "/api/events/" + c.event().getId() + "/registrations.xlsx";
		this.mvc.perform(get(url)).andExpect(status().isUnauthorized());
		String bearer = "Bearer " + this.tokens.issue("admin", "xlsx tests");
		List<List<String>> sheet = readXlsx(this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith(ExportFormat.XLSX_TYPE)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(sheet).hasSize(4);
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer).param("status", "SOMETHING"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		this.mvc.perform(get("/api/events/999999/registrations.xlsx").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
		String openApi = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(openApi).contains("/api/events/{id}/registrations.xlsx").contains(ExportFormat.XLSX_TYPE);
	}

}
