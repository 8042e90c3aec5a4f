package nl.bijeen.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.ChoiceChanges;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people at once: nobody in a full workshop, no place lost, nobody promoted twice, one registration
 * per repeated request. Real threads against the real database, H2 ({@link RegistrationConcurrencyH2Tests})
 * and PostgreSQL ({@link RegistrationConcurrencyPostgresTests}).
 */
@DataJdbcTest(properties = { "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class, RegistrationConcurrencyContract.Promotions.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class RegistrationConcurrencyContract {

	static final int TASKS = 200;

	static final int THREADS = 32;

	@Autowired
	RegistrationService registrations;

	@Autowired
	Cancellations cancellations;

	@Autowired
	ChoiceChanges changes;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Availability availability;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Promotions promotions;

	@Test
	void twoHundredPeopleForTwentyFivePlacesInAWorkshop() throws Exception {
		Conference c = this.fixtures.conference(null, 25, 25);
		List<RegistrationResult> results = concurrently(TASKS,
				i -> this.registrations.register(RegistrationFixtures.request(c, "p" + i + "@example.org", c.session(0),
						null, null)));
		assertThat(results).hasSize(TASKS).allMatch(r -> r.kind() == RegistrationResult.Kind.NEW);
		assertThat(choices(c, c.session(0), "CONFIRMED")).isEqualTo(25);
		assertThat(choices(c, c.session(0), "WAITLISTED")).isEqualTo(TASKS - 25);
		assertCountersMatchRows(c);
		assertThat(this.availability.of(c.event().getId()).session(c.session(0)).full()).isTrue();
		assertThat(this.availability.of(c.event().getId()).session(c.session(1)).left()).isEqualTo(25);
	}

	@Test
	void twoHundredPeopleForAFullEventGoOnTheWaitingList() throws Exception {
		Conference c = this.fixtures.conference(25);
		concurrently(TASKS, i -> this.registrations
			.register(RegistrationFixtures.request(c, "e" + i + "@example.org", null, null, null)));
		assertThat(registrations(c, "CONFIRMED")).isEqualTo(25);
		assertThat(registrations(c, "WAITLISTED")).isEqualTo(TASKS - 25);
		assertCountersMatchRows(c);
	}

	@Test
	void concurrentCancellationsPromoteEachWaitingPersonOnceAndLoseNoPlace() throws Exception {
		Conference c = this.fixtures.conference(30, 10, 30);
		List<RegistrationResult> all = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			all.add(this.registrations.register(RegistrationFixtures.request(c, "c" + i + "@example.org", c.session(0),
					c.session(1), null)));
		}
		assertThat(registrations(c, "CONFIRMED")).isEqualTo(30);
		// Cancel 20 with a place and 20 from the waiting list at once.
		List<RegistrationResult> toCancel = new ArrayList<>(all.subList(0, 20));
		toCancel.addAll(all.subList(40, 60));
		Set<Long> cancelled = ConcurrentHashMap.newKeySet();
		concurrently(toCancel.size(), i -> {
			Long id = toCancel.get(i).registrationId();
			// Every cancellation twice at once: only one may count.
			if (this.cancellations.end(id, null, RegistrationStatus.CANCELLED, RegistrationCancelled.Reason.BY_PARTICIPANT)) {
				assertThat(cancelled.add(id)).isTrue();
			}
			this.cancellations.end(id, null, RegistrationStatus.CANCELLED, RegistrationCancelled.Reason.BY_PARTICIPANT);
			return id;
		});
		assertThat(cancelled).hasSize(40);
		assertThat(registrations(c, "CANCELLED")).isEqualTo(40);
		assertThat(registrations(c, "CONFIRMED")).isEqualTo(30);
		assertThat(registrations(c, "WAITLISTED")).isEqualTo(10);
		Map<Long, AtomicInteger> promoted = new java.util.HashMap<>(this.promotions.eventPlaces);
		promoted.keySet().removeIf(id -> !c.event().getId().equals(this.promotions.events.get(id)));
		assertThat(promoted).allSatisfy((id, count) -> assertThat(count.get()).as("promotions of %s", id).isEqualTo(1));
		// Someone waiting may move up just before their own cancellation comes in: that place moves on again.
		Set<Long> stayed = new java.util.HashSet<>(promoted.keySet());
		stayed.removeAll(cancelled);
		assertThat(stayed).hasSize(20);
		assertCountersMatchRows(c);
	}

	@Test
	void concurrentChangesOfSessionNeverExceedTheCapacity() throws Exception {
		Conference c = this.fixtures.conference(null, 20, 5);
		List<RegistrationResult> all = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			all.add(this.registrations.register(RegistrationFixtures.request(c, "w" + i + "@example.org", c.session(0),
					null, null)));
		}
		AtomicInteger full = new AtomicInteger();
		concurrently(TASKS, i -> {
			Long id = all.get(i % all.size()).registrationId();
			try {
				this.changes.change(id, c.round().id(), i % 2 == 0 ? c.session(1) : c.session(0), null);
			}
			catch (RegistrationRejected ex) {
				full.incrementAndGet();
			}
			return id;
		});
		assertThat(full.get()).isPositive();
		assertThat(choices(c, c.session(1), "CONFIRMED")).isLessThanOrEqualTo(5);
		assertThat(choices(c, c.session(0), "CONFIRMED") + choices(c, c.session(1), "CONFIRMED")).isEqualTo(20);
		assertCountersMatchRows(c);
	}

	@Test
	void theSameRequestRepeatedGivesOneRegistration() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		List<RegistrationResult> results = concurrently(40, i -> this.registrations
			.register(RegistrationFixtures.request(c, "dubbel@example.org", c.session(0), null, "form-token-1")));
		assertThat(results.stream().map(RegistrationResult::registrationId).distinct()).hasSize(1);
		assertThat(results.stream().filter(r -> r.kind() == RegistrationResult.Kind.NEW)).hasSize(1);
		assertThat(registrations(c, "CONFIRMED")).isEqualTo(1);
		// The same address with another form: still one registration, the link is sent again.
		RegistrationResult again = this.registrations
			.register(RegistrationFixtures.request(c, "Dubbel@Example.org ", c.session(0), null, "form-token-2"));
		assertThat(again.kind()).isEqualTo(RegistrationResult.Kind.EXISTING);
		assertThat(registrations(c, "CONFIRMED")).isEqualTo(1);
		assertCountersMatchRows(c);
	}

	private void assertCountersMatchRows(Conference c) {
		Long eventId = c.event().getId();
		int holding = this.jdbc.sql("select count(*) from registration where event_id = ? "
				+ "and status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED')").param(eventId).query(Integer.class).single();
		assertThat(taken(eventId, "VENUE")).isEqualTo(holding);
		for (var session : c.sessions()) {
			assertThat(taken(eventId, "S" + session.id())).as("session %s", session.title())
				.isEqualTo(choices(c, session.id(), "CONFIRMED"));
			if (session.capacity() != null) {
				assertThat(taken(eventId, "S" + session.id())).isLessThanOrEqualTo(session.capacity());
			}
		}
		if (c.event().getCapacity() != null) {
			assertThat(holding).isLessThanOrEqualTo(c.event().getCapacity());
		}
	}

	private int taken(Long eventId, String name) {
		return this.jdbc.sql("select taken from seat_counter where event_id = ? and name = ?")
			.params(eventId, name)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private int registrations(Conference c, String status) {
		return this.jdbc.sql("select count(*) from registration where event_id = ? and status = ?")
			.params(c.event().getId(), status)
			.query(Integer.class)
			.single();
	}

	private int choices(Conference c, Long sessionId, String status) {
		return this.jdbc.sql("select count(*) from registration_choice ch join registration r on r.id = ch.registration_id "
				+ "where r.event_id = ? and ch.session_id = ? and ch.status = ? and r.status <> 'CANCELLED'")
			.params(c.event().getId(), sessionId, status)
			.query(Integer.class)
			.single();
	}

	/**
	 * Runs the tasks on a pool of threads, all starting at the same moment.
	 */
	static <T> List<T> concurrently(int tasks, Task<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int index = i;
				Callable<T> callable = () -> {
					start.await();
					return task.run(index);
				};
				futures.add(pool.submit(callable));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	interface Task<T> {

		T run(int index) throws Exception;

	}

	/**
	 * Counts the committed promotions to a place at the event per registration (a transaction that lost a
	 * race and was retried also published, but rolled back).
	 */
	@TestConfiguration
	static class Promotions {

		final Map<Long, AtomicInteger> eventPlaces = new ConcurrentHashMap<>();

		final Map<Long, Long> events = new ConcurrentHashMap<>();

		@TransactionalEventListener
		void on(RegistrationPromoted promoted) {
			if (promoted.sessionId() == null) {
				this.eventPlaces.computeIfAbsent(promoted.registrationId(), id -> new AtomicInteger()).incrementAndGet();
				this.events.put(promoted.registrationId(), promoted.eventId());
			}
		}

		@Bean
		String promotionsMarker() {
			return "promotions";
		}

	}

}
