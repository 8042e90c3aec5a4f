package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventSlugHistory;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda and archive pages with their filters and paging; run on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "bijeen.base-url=https://bijeen.example", "bijeen.test.context=agenda" })
abstract class AgendaPagesContract {

	static final LocalDateTime SPRING = LocalDateTime.of(2027, 3, 28, 14, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSlugHistory slugHistory;

	AgendaFixtures data;

	@BeforeEach
	void setUp() {
		AgendaFixtures.clean(this.jdbc);
		this.data = new AgendaFixtures(this.eventSeeds, this.peopleSeeds)
			.taxonomy();
	}

	@Test
	void agendaShowsUpcomingPublicEventsWithDutchDatesAndStatusLabels() throws Exception {
		this.data.published("empowerment", "Empowerment: naar een sterke sociale basis", SPRING);
		Event cancelled = this.data.published("afgelast", "Afgelaste bijeenkomst", SPRING.plusDays(7));
		cancelled.cancel();
		this.data.save(cancelled);
		this.data.save(Event.draft("concept", "Geheim concept", SPRING, SPRING.plusHours(1)));
		this.data.published("vorig-jaar", "Bijeenkomst van vorig jaar", LocalDateTime.of(2025, 11, 10, 10, 0));

		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Empowerment: naar een sterke sociale basis"),
					containsString("zondag 28 maart 2027"), containsString("14:00 - 17:00 uur"),
					containsString("href=\"/evenementen/empowerment\""), containsString("Utrecht"),
					containsString("href=\"/organisaties/movisie\""), containsString("Congres"),
					containsString("Geannuleerd"), containsString("2 bijeenkomsten gevonden"),
					containsString("aria-live=\"polite\""), not(containsString("Geheim concept")),
					not(containsString("Bijeenkomst van vorig jaar")))));
		this.mvc.perform(get("/archief"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bijeenkomst van vorig jaar"),
					containsString("maandag 10 november 2025"), not(containsString("Empowerment: naar")),
					not(containsString("Geheim concept")))));
	}

	@Test
	void theArchiveMonthFilterOffersEveryMonthWithAPastEvent() throws Exception {
		this.data.published("lang-geleden", "Lang geleden", LocalDateTime.of(2019, 5, 20, 10, 0));
		this.data.published("vorig-jaar", "Vorig jaar", LocalDateTime.of(2025, 11, 10, 10, 0));
		this.mvc.perform(get("/archief"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"2019-05\">mei 2019</option>"),
					containsString("<option value=\"2025-11\">november 2025</option>"),
					not(containsString("<option value=\"2024-11\">")))));
		this.mvc.perform(get("/archief").param("maand", "2019-05"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lang geleden"), not(containsString("Vorig jaar")))));
	}

	@Test
	void filtersByQueryParametersAndIgnoresUnknownValues() throws Exception {
		Event online = this.data.published("online-empowerment", "Online over empowerment", SPRING);
		online.setThemeIds(List.of(this.data.empowerment.id()));
		online.setAttendanceMode(nl.bijeen.events.AttendanceMode.ONLINE);
		this.data.save(online);
		Event venue = this.data.published("zaal-empowerment", "In de zaal over empowerment", SPRING.plusDays(1));
		venue.setThemeIds(List.of(this.data.empowerment.id()));
		this.data.save(venue);
		this.data.published("april", "In april", SPRING.plusMonths(1));

		this.mvc.perform(get("/").param("thema", "empowerment").param("vorm", "online").param("maand", "2027-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Online over empowerment"),
					not(containsString("In de zaal over empowerment")), not(containsString("In april")),
					containsString("1 bijeenkomst gevonden"), containsString("<option value=\"empowerment\" selected"))));
		this.mvc.perform(get("/").param("zoek", "APRIL"))
			.andExpect(content().string(allOf(containsString("In april"), not(containsString("Online over")))));
		this.mvc.perform(get("/").param("soort", "congres").param("organisatie", "movisie").param("maand", "2027-04"))
			.andExpect(content().string(allOf(containsString("In april"), containsString("1 bijeenkomst gevonden"))));
		this.mvc.perform(get("/").param("thema", "bestaat-niet").param("organisatie", "oud"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 bijeenkomsten gevonden")));
		this.mvc.perform(get("/").param("zoek", "niets dat past"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Geen bijeenkomsten gevonden"),
					containsString("Er zijn geen komende bijeenkomsten die passen bij uw keuzes"))));
		this.mvc.perform(get("/").param("thema", "<script>").param("soort", "raar").param("vorm", "x")
				.param("maand", "2027-13").param("page", "abc").param("doelgroep", "%"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc.perform(get("/").param("soort", "raar").param("vorm", "x").param("maand", "nooit").param("page", "-4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 bijeenkomsten gevonden")));
	}

	@Test
	void pagesTwelveAtATimeKeepingTheFilterInTheLinks() throws Exception {
		for (int i = 0; i < 13; i++) {
			Event event = this.data.published("event-" + i, "Bijeenkomst nummer " + i, SPRING.plusDays(i));
			event.setThemeIds(List.of(this.data.empowerment.id()));
			this.data.save(event);
		}
		this.mvc.perform(get("/").param("thema", "empowerment"))
			.andExpect(content().string(allOf(containsString("13 bijeenkomsten gevonden"),
					containsString("Pagina 1 van 2"), containsString("href=\"/?thema=empowerment&amp;page=2\""),
					containsString("Bijeenkomst nummer 11<"), not(containsString("Bijeenkomst nummer 12<")))));
		this.mvc.perform(get("/").param("thema", "empowerment").param("page", "2"))
			.andExpect(content().string(allOf(containsString("Pagina 2 van 2"),
					containsString("Bijeenkomst nummer 12<"), not(containsString("Bijeenkomst nummer 11<")),
					containsString("href=\"/?thema=empowerment\""))));
		this.mvc.perform(get("/").param("page", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Op deze pagina staan geen bijeenkomsten")));
	}

	@Test
	void showsBothDatesOfAnEventThatSpansDays() throws Exception {
		Event event = this.data.published("tweedaags", "Tweedaags", LocalDateTime.of(2027, 3, 29, 10, 0));
		event.setEndsAt(LocalDateTime.of(2027, 3, 30, 16, 0));
		this.data.save(event);
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("maandag 29 maart 2027, 10:00 uur"),
					containsString("dinsdag 30 maart 2027, 16:00 uur"))));
	}

	@Test
	void enhancesTheFilterFormWithHtmxKeepingTheUrlShareable() throws Exception {
		this.mvc.perform(get("/archief"))
			.andExpect(content().string(allOf(containsString("<form method=\"get\" action=\"/archief\""),
					containsString("hx-get=\"/archief\""), containsString("hx-push-url=\"true\""),
					containsString("hx-select=\"#agenda-results\""), containsString("id=\"agenda-results\""),
					containsString("<label for=\"maand\">"),
					matchesPattern("(?s).*href=\"/css/agenda-[0-9a-f]{32}\\.css\".*"))));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		this.data.published("empowerment", "Empowerment", SPRING);
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Sunday 28 March 2027"), containsString("1 event found"),
					containsString("Conference"))));
	}

	@Test
	void showsThemeOrganisationAndIndexPages() throws Exception {
		Event event = this.data.published("empowerment", "Empowerment congres", SPRING);
		event.setThemeIds(List.of(this.data.empowerment.id()));
		this.data.save(event);
		this.data.published("ander", "Ander congres", SPRING);

		this.mvc.perform(get("/themas/empowerment"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thema: Empowerment"), containsString("Empowerment congres"),
					not(containsString("Ander congres")), containsString("href=\"/themas/empowerment.ics\""),
					containsString("href=\"/archief?thema=empowerment\""))));
		this.mvc.perform(get("/organisaties/movisie"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Movisie"), containsString("https://www.movisie.nl"),
					containsString("Empowerment congres"), containsString("Ander congres"),
					containsString("type=\"text/calendar\""))));
		this.mvc.perform(get("/organisaties/trimbos"))
			.andExpect(content().string(containsString("Er zijn nu geen komende bijeenkomsten")));
		this.mvc.perform(get("/themas")).andExpect(content().string(containsString("Eenzaamheid")));
		this.mvc.perform(get("/organisaties")).andExpect(content().string(containsString("Trimbos-instituut")));
		this.mvc.perform(get("/themas/bestaat-niet")).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisaties/bestaat-niet")).andExpect(status().isNotFound());
		this.mvc.perform(get("/personen/bestaat-niet"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Deze pagina bestaat niet")));
	}

	@Test
	void pagesTheEventsOfATheme() throws Exception {
		for (int i = 0; i < 13; i++) {
			Event event = this.data.published("thema-" + i, "Themabijeenkomst " + i, SPRING.plusDays(i));
			event.setThemeIds(List.of(this.data.empowerment.id()));
			this.data.save(event);
		}
		this.mvc.perform(get("/themas/empowerment"))
			.andExpect(content().string(allOf(containsString("13 bijeenkomsten gevonden"),
					containsString("href=\"/themas/empowerment?page=2\""), not(containsString("Themabijeenkomst 12<")))));
		this.mvc.perform(get("/themas/empowerment").param("page", "2"))
			.andExpect(content().string(allOf(containsString("Themabijeenkomst 12<"),
					containsString("<a rel=\"prev\" href=\"/themas/empowerment\">"), containsString("Pagina 2 van 2"))));
	}

	@Test
	void redirectsAFormerSlugPermanently() throws Exception {
		Event event = this.data.published("nieuwe-naam", "Hernoemd", SPRING);
		this.slugHistory.remember("oude-naam", event.getId());
		this.mvc.perform(get("/evenementen/oude-naam"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/evenementen/nieuwe-naam"));
		this.mvc.perform(get("/evenementen/oude-naam.ics"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/evenementen/nieuwe-naam.ics"));
	}

	@Test
	void answersUnknownAndDraftEventsWithAFriendlyNotFoundPage() throws Exception {
		Event draft = this.data.save(Event.draft("concept", "Concept", SPRING, SPRING.plusHours(1)));
		this.slugHistory.remember("oud-concept", draft.getId());
		for (String path : List.of("/evenementen/bestaat-niet", "/evenementen/concept", "/evenementen/oud-concept",
				"/evenementen/concept.ics")) {
			this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Deze pagina bestaat niet"),
						containsString("href=\"/archief\""))));
		}
		assertThat(this.eventCatalog.eventWithSlug("concept")).isPresent();
	}

}
