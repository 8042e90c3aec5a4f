package nl.bijeen.events;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one event search shared by the agenda and the API, on H2 ({@link EventSearchH2Tests}) and PostgreSQL
 * ({@link EventSearchPostgresTests}).
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EventSearch.class)
@ComponentScan(basePackages = "nl.bijeen.common")
abstract class EventSearchContract {

	static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 15, 12, 0);

	@Autowired
	EventSearch search;

	@Autowired
	Events events;

	Event winter;

	Event spring;

	Event hybrid;

	Event past;

	@BeforeEach
	void events() {
		this.events.deleteAll();
		this.winter = event("winter", "Winterdebat 100% sociaal", LocalDateTime.of(2027, 2, 3, 19, 30), AttendanceMode.VENUE);
		this.spring = event("lente", "Lentecongres", LocalDateTime.of(2027, 4, 20, 9, 30), AttendanceMode.ONLINE);
		this.hybrid = event("hybride", "Hybride middag", LocalDateTime.of(2027, 4, 2, 13, 0), AttendanceMode.HYBRID);
		this.past = event("vorig-jaar", "Terugblik", LocalDateTime.of(2026, 11, 5, 9, 30), AttendanceMode.VENUE);
		Event draft = Event.draft("concept", "Concept", LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 3, 1, 17, 0));
		this.events.save(draft);
	}

	private Event event(String slug, String title, LocalDateTime start, AttendanceMode mode) {
		Event event = Event.draft(slug, title, start, start.plusHours(3));
		event.setAttendanceMode(mode);
		event.publish();
		return this.events.save(event);
	}

	@Test
	void pagesUpcomingPublicEventsSoonestFirstWithTheirTotal() {
		EventSearch.Result first = this.search.page(EventCriteria.upcoming(NOW), 2, 0);
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.ids()).containsExactly(this.winter.getId(), this.hybrid.getId());
		assertThat(this.search.page(EventCriteria.upcoming(NOW), 2, 2).ids()).containsExactly(this.spring.getId());
		assertThat(this.search.page(EventCriteria.past(NOW), 10, 0).ids()).containsExactly(this.past.getId());
		assertThat(this.search.page(EventCriteria.upcoming(NOW).words(List.of("niets")), 10, 0))
			.isEqualTo(new EventSearch.Result(List.of(), 0));
	}

	@Test
	void filtersByModeStartAndWordsWithLikeCharactersTakenLiterally() {
		assertThat(this.search.ids(EventCriteria.upcoming(NOW).modes(List.of(AttendanceMode.ONLINE, AttendanceMode.HYBRID)), 10))
			.containsExactly(this.hybrid.getId(), this.spring.getId());
		assertThat(this.search.ids(EventCriteria.upcoming(NOW)
			.startingBetween(LocalDateTime.of(2027, 4, 1, 0, 0), LocalDateTime.of(2027, 4, 3, 0, 0)), 10))
			.containsExactly(this.hybrid.getId());
		assertThat(this.search.ids(EventCriteria.upcoming(NOW).words(List.of("100%", " SOCIAAL ")), 10))
			.containsExactly(this.winter.getId());
		assertThat(this.search.ids(EventCriteria.upcoming(NOW).words(List.of("10_%")), 10)).isEmpty();
		assertThat(this.search.ids(EventCriteria.upcoming(NOW).theme(" ").audience(""), 10)).hasSize(3);
	}

	@Test
	void givesTheMonthsInWhichEventsStart() {
		assertThat(this.search.startMonths(EventCriteria.upcoming(NOW)))
			.containsExactly(YearMonth.of(2027, 2), YearMonth.of(2027, 4));
		assertThat(this.search.startMonths(EventCriteria.past(LocalDateTime.of(2028, 1, 1, 0, 0))))
			.containsExactly(YearMonth.of(2027, 4), YearMonth.of(2027, 2), YearMonth.of(2026, 11));
	}

}
