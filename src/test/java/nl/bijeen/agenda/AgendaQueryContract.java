package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSearch;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventType;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's read-side query, run on H2 ({@link AgendaQueryH2Tests}) and PostgreSQL
 * ({@link AgendaQueryPostgresTests}).
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ AgendaQuery.class, EventSearch.class, ProgrammeSeeds.class, EventSeeds.class, PeopleSeeds.class })
@ComponentScan(basePackages = "nl.bijeen.common")
abstract class AgendaQueryContract {

	static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 15, 12, 0);

	@Autowired
	AgendaQuery query;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeSeeds contributions;

	AgendaFixtures data;

	@BeforeEach
	void setUp() {
		this.data = new AgendaFixtures(this.eventSeeds, this.peopleSeeds)
			.taxonomy();
	}

	private List<String> slugs(AgendaFilter filter, AgendaPeriod period) {
		return this.query.find(filter, period, 1, 50, NOW).items().stream().map(AgendaItem::slug).toList();
	}

	private static AgendaFilter filter(String theme, String audience, EventType type, AttendanceMode mode,
			String organisation, YearMonth month, String... words) {
		return new AgendaFilter(theme, audience, type, mode, organisation, month, List.of(words), null);
	}

	@Test
	void upcomingShowsPublicEventsSoonestFirstAndArchiveNewestFirst() {
		this.data.published("later", "Later", NOW.plusDays(20));
		this.data.published("soon", "Soon", NOW.plusDays(2));
		this.data.published("ongoing", "Ongoing", NOW.minusHours(1));
		this.data.published("last-year", "Last year", NOW.minusYears(1));
		this.data.published("last-month", "Last month", NOW.minusMonths(1));
		this.data.save(Event.draft("draft", "Draft", NOW.plusDays(1), NOW.plusDays(1).plusHours(2)));
		Event cancelled = this.data.published("cancelled", "Cancelled", NOW.plusDays(5));
		cancelled.cancel();
		this.data.save(cancelled);

		assertThat(slugs(AgendaFilter.NONE, AgendaPeriod.UPCOMING)).containsExactly("ongoing", "soon", "cancelled",
				"later");
		assertThat(slugs(AgendaFilter.NONE, AgendaPeriod.PAST)).containsExactly("last-month", "last-year");
		assertThat(slugs(AgendaFilter.NONE, AgendaPeriod.FEED)).containsExactly("last-month", "ongoing", "soon",
				"cancelled", "later");
	}

	@Test
	void filtersByThemeAudienceOrganisationTypeModeMonthAndWords() {
		Event a = this.data.published("a", "Empowerment in de wijk", LocalDateTime.of(2027, 3, 10, 10, 0));
		a.setThemeIds(List.of(this.data.empowerment.id()));
		a.setAudienceIds(List.of(this.data.policyMakers.id()));
		a.setAttendanceMode(AttendanceMode.HYBRID);
		this.data.save(a);
		Event b = this.data.published("b", "Eenzaamheid online", LocalDateTime.of(2027, 3, 20, 10, 0));
		b.setThemeIds(List.of(this.data.loneliness.id()));
		b.setAttendanceMode(AttendanceMode.ONLINE);
		b.setEventType(EventType.ONLINE_MEETING);
		b.setOrganiserIds(List.of(this.data.trimbos.id(), this.data.movisie.id()));
		this.data.save(b);
		Event c = this.data.published("c", "Debat sociale basis", LocalDateTime.of(2027, 4, 2, 19, 0));
		c.setEventType(EventType.DEBATE);
		c.setSummary("Over 100% inzet_en");
		this.data.save(c);

		assertThat(slugs(filter("empowerment", null, null, null, null, null), AgendaPeriod.UPCOMING)).containsExactly("a");
		assertThat(slugs(filter(null, "beleidsmakers", null, null, null, null), AgendaPeriod.UPCOMING)).containsExactly("a");
		assertThat(slugs(filter(null, null, null, null, "trimbos", null), AgendaPeriod.UPCOMING)).containsExactly("b");
		assertThat(slugs(filter(null, null, EventType.DEBATE, null, null, null), AgendaPeriod.UPCOMING)).containsExactly("c");
		assertThat(slugs(filter(null, null, null, AttendanceMode.ONLINE, null, null), AgendaPeriod.UPCOMING))
			.containsExactly("a", "b");
		assertThat(slugs(filter(null, null, null, AttendanceMode.VENUE, null, null), AgendaPeriod.UPCOMING))
			.containsExactly("a", "c");
		assertThat(slugs(filter(null, null, null, AttendanceMode.HYBRID, null, null), AgendaPeriod.UPCOMING))
			.containsExactly("a");
		assertThat(slugs(filter(null, null, null, null, null, YearMonth.of(2027, 3)), AgendaPeriod.UPCOMING))
			.containsExactly("a", "b");
		assertThat(slugs(filter(null, null, null, null, null, null, "EENZAAMHEID"), AgendaPeriod.UPCOMING))
			.containsExactly("b");
		assertThat(slugs(filter(null, null, null, null, null, null, "samenvatting", "wijk"), AgendaPeriod.UPCOMING))
			.containsExactly("a");
		assertThat(slugs(filter(null, null, null, null, null, null, "100%"), AgendaPeriod.UPCOMING)).containsExactly("c");
		assertThat(slugs(filter(null, null, null, null, null, null, "n_e"), AgendaPeriod.UPCOMING)).isEmpty();
		assertThat(slugs(filter(null, null, null, null, null, null, "_"), AgendaPeriod.UPCOMING)).containsExactly("c");
		// combined
		assertThat(slugs(filter("empowerment", null, EventType.CONFERENCE, AttendanceMode.ONLINE, "movisie",
				YearMonth.of(2027, 3), "wijk"), AgendaPeriod.UPCOMING)).containsExactly("a");
		assertThat(slugs(filter("empowerment", null, null, null, "trimbos", null), AgendaPeriod.UPCOMING)).isEmpty();
		// unknown values match nothing
		assertThat(slugs(filter("no-such-theme", null, null, null, null, null), AgendaPeriod.UPCOMING)).isEmpty();
		assertThat(slugs(filter(null, null, null, null, "-", null), AgendaPeriod.UPCOMING)).isEmpty();
	}

	@Test
	void pagesAndCountsAndLoadsOrganisersLeadFirst() {
		for (int i = 0; i < 14; i++) {
			Event event = this.data.published("event-" + i, "Event " + i, NOW.plusDays(i + 1));
			event.setOrganiserIds(List.of(this.data.trimbos.id(), this.data.movisie.id()));
			this.data.save(event);
		}
		AgendaPage first = this.query.find(AgendaFilter.NONE, AgendaPeriod.UPCOMING, 1, 12, NOW);
		AgendaPage second = this.query.find(AgendaFilter.NONE, AgendaPeriod.UPCOMING, 2, 12, NOW);
		AgendaPage beyond = this.query.find(AgendaFilter.NONE, AgendaPeriod.UPCOMING, 9, 12, NOW);
		assertThat(first.total()).isEqualTo(14);
		assertThat(first.items()).hasSize(12);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.items()).extracting(AgendaItem::slug).containsExactly("event-12", "event-13");
		assertThat(second.hasNext()).isFalse();
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(14);
		assertThat(first.items().get(0).organisers()).extracting(OrganisationRef::slug)
			.containsExactly("trimbos", "movisie");
		assertThat(first.items().get(0).city()).isEqualTo("Utrecht");
	}

	@Test
	void findsTheEventsOfAPerson() {
		Event a = this.data.published("with-person", "With", NOW.plusDays(3));
		this.data.published("without-person", "Without", NOW.plusDays(4));
		Person tanja = this.peopleSeeds.save(Person.create("tanja-bubic", "Tanja Bubic", "Dagvoorzitter", null, null, null));
		this.contributions.save(Contribution.toEvent(a.getId(), tanja.id(), Role.DAY_CHAIR, 0));

		assertThat(slugs(AgendaFilter.person(tanja.id()), AgendaPeriod.UPCOMING)).containsExactly("with-person");
		assertThat(this.query.ids(AgendaFilter.person(tanja.id()), AgendaPeriod.FEED, 10, NOW)).containsExactly(a.getId());
	}

	@Test
	void theArchiveOffersEveryMonthThatHoldsAPastEventHoweverLongAgo() {
		this.data.published("lang-geleden", "Lang geleden", LocalDateTime.of(2019, 5, 20, 10, 0));
		this.data.published("december-a", "December A", LocalDateTime.of(2026, 12, 1, 10, 0));
		this.data.published("december-b", "December B", LocalDateTime.of(2026, 12, 31, 20, 0));
		Event cancelled = this.data.published("afgelast", "Afgelast", LocalDateTime.of(2024, 2, 29, 10, 0));
		cancelled.cancel();
		this.data.save(cancelled);
		this.data.save(Event.draft("concept", "Concept", LocalDateTime.of(2025, 3, 3, 10, 0),
				LocalDateTime.of(2025, 3, 3, 12, 0)));
		this.data.published("straks", "Straks", NOW.plusDays(40));

		assertThat(this.query.months(AgendaPeriod.PAST, NOW)).containsExactly(YearMonth.of(2026, 12),
				YearMonth.of(2024, 2), YearMonth.of(2019, 5));
		assertThat(this.query.months(AgendaPeriod.UPCOMING, NOW)).containsExactly(YearMonth.of(2027, 2));
	}

}
