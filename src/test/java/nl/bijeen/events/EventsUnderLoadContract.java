package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading an event (with its organisers, themes and audiences) needs one pooled connection, never two:
 * with more readers than connections, a second connection per read would deadlock the pool. Run on H2
 * ({@link EventsUnderLoadH2Tests}) and PostgreSQL ({@link EventsUnderLoadPostgresTests}) with a pool of 2.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ComponentScan(basePackages = "nl.bijeen.common")
@Import(PeopleSeeds.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=1500" })
abstract class EventsUnderLoadContract {

	@Autowired
	Events events;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	Themes themes;

	@Test
	void moreReadersThanConnectionsAllGetTheirEvent() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		Organisation a = this.peopleSeeds.save(Organisation.create("a-" + key, "Movisie " + key, null, null));
		Organisation b = this.peopleSeeds.save(Organisation.create("b-" + key, "Trimbos " + key, null, null));
		Theme theme = this.themes.save(Theme.create("t-" + key, "Thema " + key, null));
		Event event = Event.draft("load-" + key, "Onder druk", LocalDateTime.of(2027, 5, 1, 10, 0),
				LocalDateTime.of(2027, 5, 1, 12, 0));
		event.setOrganiserIds(List.of(a.id(), b.id()));
		event.setThemeIds(List.of(theme.id()));
		this.events.save(event);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> readers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				readers.add(() -> this.events.findBySlug("load-" + key).orElseThrow().getOrganisers().size());
			}
			for (Future<Integer> read : pool.invokeAll(readers, 60, TimeUnit.SECONDS)) {
				assertThat(read.get()).isEqualTo(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
