package nl.bijeen.registration.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.bijeen.registration.Availability;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration while the place counters of one event are locked elsewhere (a slow or stuck transaction):
 * registrations for other events complete promptly, those for the locked event get a clear "busy" answer
 * with nothing half stored; a caller that stops waiting withdraws its queued registration, or is told
 * that the outcome is unknown, and the idempotent retry tells it. On H2 and PostgreSQL.
 */
@DataJdbcTest(properties = { "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class, RegistrationFaultsContract.Refusals.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class RegistrationFaultsContract {

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationProperties properties;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService callers = Executors.newFixedThreadPool(8);

	private RegistrationProperties defaults;

	@BeforeEach
	void rememberSettings() {
		this.defaults = new RegistrationProperties();
		this.defaults.setLockTimeout(this.properties.getLockTimeout());
		this.defaults.setBatchLockTimeout(this.properties.getBatchLockTimeout());
		this.defaults.setWaitTimeout(this.properties.getWaitTimeout());
		this.defaults.setStatementTimeout(this.properties.getStatementTimeout());
	}

	@AfterEach
	void restoreSettings() {
		this.properties.setLockTimeout(this.defaults.getLockTimeout());
		this.properties.setBatchLockTimeout(this.defaults.getBatchLockTimeout());
		this.properties.setWaitTimeout(this.defaults.getWaitTimeout());
		this.properties.setStatementTimeout(this.defaults.getStatementTimeout());
		this.callers.shutdownNow();
	}

	@Test
	void aLockedEventDoesNotStallRegistrationForOtherEventsAndIsAnsweredBusyWithNothingStored() throws Exception {
		Duration lockTimeout = Duration.ofSeconds(4);
		this.properties.setLockTimeout(lockTimeout);
		this.properties.setBatchLockTimeout(Duration.ofMillis(100));
		Conference a = this.fixtures.conference(null, 10);
		Conference b = this.fixtures.conference(null, 10);
		register(a, "eerste-a@example.org", null);
		register(b, "eerste-b@example.org", null);

		List<CompletableFuture<RegistrationResult>> forA = new ArrayList<>();
		List<CompletableFuture<RegistrationResult>> forB = new ArrayList<>();
		long start;
		long bDone;
		try (CounterLock lock = CounterLock.of(this.dataSource, a.event().getId())) {
			start = System.nanoTime();
			for (int i = 0; i < 3; i++) {
				String email = "vast-" + i + "@example.org";
				forA.add(CompletableFuture.supplyAsync(() -> register(a, email, "sleutel-" + email), this.callers));
			}
			for (int i = 0; i < 5; i++) {
				String email = "vlot-" + i + "@example.org";
				forB.add(CompletableFuture.supplyAsync(() -> register(b, email, null), this.callers));
			}
			CompletableFuture.allOf(forB.toArray(CompletableFuture[]::new)).get(lockTimeout.toMillis(), TimeUnit.MILLISECONDS);
			bDone = System.nanoTime();
			assertThat(forA).as("the registrations for the locked event still wait for its counters")
				.noneMatch(CompletableFuture::isDone);
			for (CompletableFuture<RegistrationResult> f : forA) {
				assertThat(failure(f, 20)).as("a clear answer: busy, nothing stored").isInstanceOf(RegistrationBusy.class);
			}
		}
		assertThat(Duration.ofNanos(bDone - start)).as("the other event's registrations were not held up")
			.isLessThan(lockTimeout);
		assertThat(forB).allSatisfy(f -> assertThat(f.join().kind()).isEqualTo(RegistrationResult.Kind.NEW));
		assertThat(count(b)).isEqualTo(6);
		assertThat(count(a)).as("nothing of the refused registrations is stored").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from registration_choice c join registration r on r.id = c.registration_id"
				+ " where r.event_id = ?").param(a.event().getId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(taken(a, "VENUE")).isEqualTo(1);
		assertThat(taken(a, "S" + a.session(0))).isEqualTo(1);

		RegistrationResult again = register(a, "vast-0@example.org", "sleutel-vast-0@example.org");
		assertThat(again.kind()).as("once the lock is gone, the same request is stored").isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(taken(a, "VENUE")).isEqualTo(2);
	}

	@Test
	void aSlowStatementEndsInTheBusyAnswerWithNothingStoredOnEveryDatabase() throws Exception {
		this.properties.setStatementTimeout(Duration.ofMillis(700));
		Conference a = this.fixtures.conference(null, 10);
		register(a, "eerste@example.org", null);
		long start = System.nanoTime();
		try (SlowStatement slow = SlowStatement.install(this.dataSource)) {
			CompletableFuture<RegistrationResult> stuck = CompletableFuture
				.supplyAsync(() -> register(a, SlowStatement.PREFIX + "@example.org", "sleutel-traag"), this.callers);
			assertThat(failure(stuck, 20)).as("the statement timeout ends it: busy, nothing stored")
				.isInstanceOf(RegistrationBusy.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
			assertThat(register(a, "vlot@example.org", null).kind()).as("other registrations go on")
				.isEqualTo(RegistrationResult.Kind.NEW);
		}
		assertThat(countEmail(a, SlowStatement.PREFIX + "@example.org")).isZero();
		assertThat(count(a)).isEqualTo(2);
		assertThat(taken(a, "VENUE")).as("no place taken for the refused one").isEqualTo(2);
		assertThat(taken(a, "S" + a.session(0))).isEqualTo(2);
		assertThat(register(a, SlowStatement.PREFIX + "@example.org", "sleutel-traag").kind())
			.as("once it is fast again, the same request is stored").isEqualTo(RegistrationResult.Kind.NEW);
	}

	@Test
	void aCallerThatStopsWaitingWithdrawsItsQueuedRegistrationOrLearnsTheOutcomeIsUnknown() throws Exception {
		this.properties.setWaitTimeout(Duration.ofMillis(500));
		this.properties.setBatchLockTimeout(Duration.ofSeconds(8));
		this.properties.setLockTimeout(Duration.ofSeconds(8));
		Conference a = this.fixtures.conference(null, 10);
		Conference b = this.fixtures.conference(null, 10);
		register(a, "eerste-a@example.org", null);
		register(b, "eerste-b@example.org", null);

		CompletableFuture<RegistrationResult> taken;
		CompletableFuture<RegistrationResult> queued;
		try (CounterLock lock = CounterLock.of(this.dataSource, a.event().getId())) {
			// The writer takes this one up and waits for the locked counters...
			taken = CompletableFuture.supplyAsync(() -> register(a, "onderweg@example.org", "sleutel-onderweg"),
					this.callers);
			Thread.sleep(200);
			// ...so this one waits in the queue behind it.
			queued = CompletableFuture.supplyAsync(() -> register(b, "wachtend@example.org", "sleutel-wachtend"),
					this.callers);
			assertThat(failure(taken, 5)).as("taken up, being stored: the outcome is unknown, not a failure")
				.isInstanceOf(RegistrationOutcomeUnknown.class);
			assertThat(failure(queued, 5)).as("not taken up yet: withdrawn, nothing stored")
				.isInstanceOf(RegistrationBusy.class);
		}
		// The writer goes on once the lock is gone: the registration taken up is stored after all...
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (countEmail(a, "onderweg@example.org") == 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(countEmail(a, "onderweg@example.org")).isEqualTo(1);
		// ...and the withdrawn one is skipped: a later registration for the same event comes after it.
		this.properties.setWaitTimeout(Duration.ofSeconds(30));
		assertThat(register(b, "later@example.org", null).kind()).isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(countEmail(b, "wachtend@example.org")).as("withdrawn registrations are never stored").isZero();
		assertThat(taken(b, "VENUE")).isEqualTo(2);

		// The idempotent retry tells the outcome: the one stored is found, the withdrawn one is stored now.
		RegistrationResult repeated = register(a, "onderweg@example.org", "sleutel-onderweg");
		assertThat(repeated.kind()).isEqualTo(RegistrationResult.Kind.REPEAT);
		assertThat(register(b, "wachtend@example.org", "sleutel-wachtend").kind()).isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(countEmail(a, "onderweg@example.org")).isEqualTo(1);
		assertThat(countEmail(b, "wachtend@example.org")).isEqualTo(1);
	}

	@Test
	void aCallerToldTheOutcomeIsUnknownHearsByMailWhenThereWasNoPlace() throws Exception {
		this.properties.setWaitTimeout(Duration.ofMillis(500));
		this.properties.setBatchLockTimeout(Duration.ofSeconds(8));
		this.properties.setLockTimeout(Duration.ofSeconds(8));
		Conference a = this.fixtures.conference(1, 10);
		Long id = a.event().getId();
		RegistrationSettings settings = this.settings.of(id);
		this.settings.save(new RegistrationSettings(id, false, false, false, null, false, null, null,
				settings.reminderDays(), settings.onlineLinkMinutesBefore(), settings.version()));
		register(a, "eerste@example.org", null);
		this.refusals.events.clear();

		CompletableFuture<RegistrationResult> late;
		try (CounterLock lock = CounterLock.of(this.dataSource, id)) {
			late = CompletableFuture.supplyAsync(() -> register(a, "te-laat@example.org", "sleutel-te-laat"),
					this.callers);
			assertThat(failure(late, 5)).isInstanceOf(RegistrationOutcomeUnknown.class);
			assertThat(this.refusals.events).as("nothing known yet").isEmpty();
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (this.refusals.events.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.refusals.events).singleElement().satisfies(refused -> {
			assertThat(refused.email()).isEqualTo("te-laat@example.org");
			assertThat(refused.eventId()).isEqualTo(id);
			assertThat(refused.sessionFull()).isFalse();
		});
		assertThat(countEmail(a, "te-laat@example.org")).isZero();
	}

	/** Records the refusals published (the mail module turns each into a mail). */
	static class Refusals {

		final java.util.List<nl.bijeen.registration.RegistrationRefused> events = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.context.event.EventListener
		void on(nl.bijeen.registration.RegistrationRefused refused) {
			this.events.add(refused);
		}

	}

	@Autowired
	Refusals refusals;

	@Autowired
	RegistrationSettingsRepository settings;

	private RegistrationResult register(Conference c, String email, String key) {
		return this.registrations.register(RegistrationFixtures.request(c, email, c.session(0), null, key));
	}

	private static Throwable failure(CompletableFuture<RegistrationResult> future, int seconds) throws Exception {
		try {
			RegistrationResult result = future.get(seconds, TimeUnit.SECONDS);
			throw new AssertionError("Expected a failure, got " + result);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
	}

	private int count(Conference c) {
		return this.jdbc.sql("select count(*) from registration where event_id = ?")
			.param(c.event().getId())
			.query(Integer.class)
			.single();
	}

	private int countEmail(Conference c, String email) {
		return this.jdbc.sql("select count(*) from registration where event_id = ? and email = ?")
			.params(c.event().getId(), email)
			.query(Integer.class)
			.single();
	}

	private int taken(Conference c, String counter) {
		return this.jdbc.sql("select taken from seat_counter where event_id = ? and name = ?")
			.params(c.event().getId(), counter)
			.query(Integer.class)
			.single();
	}

}
