package nl.bijeen.registration.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bijeen.common.ConflictException;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers move, cancel and promote participants while others register at the same moment: no session
 * and no event is ever above capacity, and every counter equals the rows holding its places. Real threads
 * against H2 and PostgreSQL.
 */
@SpringBootTest(properties = { "bijeen.registration.jobs-enabled=false", "bijeen.registration.rate-limit=1000" })
@AutoConfigureMockMvc
@Import(RegistrationFixtures.class)
abstract class OrganiserConcurrencyContract {

	static final int THREADS = 16;

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
	OrganiserActions actions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void organisersMovingWhileParticipantsRegisterNeverOverbook() throws Exception {
		Conference c = this.fixtures.conference(40, 8, 8, 8);
		Long eventId = c.event().getId();
		List<Long> early = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			early.add(this.people.register(c, "Vroeg " + (char) ('A' + i), "vroeg" + i + "@example.org", "Wijkteam",
					c.session(i % 3), java.util.Map.of()));
		}
		AtomicInteger refused = new AtomicInteger();
		List<Callable<Void>> tasks = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			int n = i;
			tasks.add(() -> {
				// "Busy" stores nothing and asks the participant to try again, as they would.
				for (int attempt = 1;; attempt++) {
					try {
						this.people.register(c, "Laat " + n, "laat" + n + "@example.org", "Gemeente",
								c.session(n % 3), java.util.Map.of());
						return null;
					}
					catch (nl.bijeen.registration.internal.RegistrationBusy ex) {
						if (attempt == 5) {
							throw ex;
						}
					}
				}
			});
			tasks.add(() -> {
				Long who = early.get(n % early.size());
				try {
					if (n % 10 == 9) {
						this.actions.cancel(eventId, who);
					}
					else {
						this.actions.move(eventId, who, c.round().id(), c.session((n + 1) % 3));
					}
				}
				catch (RegistrationRejected | ConflictException ex) {
					refused.incrementAndGet();
				}
				return null;
			});
		}
		run(tasks);

		this.people.assertCountersMatchRows(eventId);
		for (int s = 0; s < 3; s++) {
			assertThat(this.people.taken(eventId, "S" + c.session(s))).isLessThanOrEqualTo(8);
		}
		assertThat(this.people.taken(eventId, "VENUE")).isEqualTo(40);
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?").param(eventId)
			.query(Integer.class).single()).isEqualTo(76);
		assertThat(refused.get()).isPositive();
	}

	static void run(List<Callable<Void>> tasks) throws Exception {
		java.util.Collections.shuffle(tasks, new java.util.Random(42));
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Void>> futures = new ArrayList<>();
			for (Callable<Void> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			for (Future<Void> future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
