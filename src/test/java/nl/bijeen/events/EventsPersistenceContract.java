package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Persistence of events, run on H2 ({@link EventsPersistenceH2Tests}) and PostgreSQL
 * ({@link EventsPersistencePostgresTests}).
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EventSlugHistory.class, PeopleSeeds.class })
@ComponentScan(basePackages = "nl.bijeen.common")
abstract class EventsPersistenceContract {

	@Autowired
	Events events;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	Themes themes;

	@Autowired
	EventSlugHistory slugHistory;

	@Test
	void storesAnEventWithOrganisersThemesAndWallClockTimes() {
		Organisation movisie = this.peopleSeeds.save(Organisation.create("movisie", "Movisie", null, null));
		Organisation trimbos = this.peopleSeeds.save(Organisation.create("trimbos", "Trimbos-instituut", null, null));
		Theme theme = this.themes.save(Theme.create("empowerment", "Empowerment", null));
		// 31 October 2027 is the day daylight saving time ends in the Netherlands.
		Event event = Event.draft("empowerment-2027", "Empowerment", LocalDateTime.of(2027, 10, 31, 9, 30),
				LocalDateTime.of(2027, 10, 31, 16, 30));
		event.setOrganiserIds(List.of(trimbos.id(), movisie.id()));
		event.setThemeIds(List.of(theme.id()));
		event.setDescriptionHtml("<p>Welkom</p><script>alert(1)</script>");
		Event saved = this.events.save(event);

		Event found = this.events.findBySlug("empowerment-2027").orElseThrow();
		assertThat(found.getId()).isEqualTo(saved.getId());
		assertThat(found.getStartsAt()).isEqualTo(LocalDateTime.of(2027, 10, 31, 9, 30));
		assertThat(found.startsAtZoned().getOffset().getTotalSeconds()).isEqualTo(3600);
		assertThat(found.leadOrganiserId()).contains(trimbos.id());
		assertThat(found.organisersInOrder()).hasSize(2);
		assertThat(found.themeIds()).containsExactly(theme.id());
		assertThat(found.getDescriptionHtml()).contains("Welkom").doesNotContain("script");
		assertThat(found.getStatus()).isEqualTo(EventStatus.DRAFT);
	}

	@Test
	void rejectsADuplicateSlugInTheDatabase() {
		this.events.save(Event.draft("same", "A", LocalDateTime.of(2027, 1, 1, 10, 0), LocalDateTime.of(2027, 1, 1, 11, 0)));
		assertThatThrownBy(() -> this.events.save(
				Event.draft("same", "B", LocalDateTime.of(2027, 1, 1, 10, 0), LocalDateTime.of(2027, 1, 1, 11, 0))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void findsAnEventByItsFormerSlug() {
		Event event = this.events.save(
				Event.draft("old-name", "A", LocalDateTime.of(2027, 1, 1, 10, 0), LocalDateTime.of(2027, 1, 1, 11, 0)));
		event.setSlug("new-name");
		this.events.save(event);
		this.slugHistory.remember("old-name", event.getId());
		assertThat(this.events.findByFormerSlug("old-name")).map(Event::getSlug).contains("new-name");
	}

}
