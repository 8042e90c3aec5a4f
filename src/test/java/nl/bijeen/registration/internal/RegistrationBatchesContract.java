package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.bijeen.registration.Availability;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations stored together in one transaction: each is kept or refused on its own, and one that runs
 * into a conflict in the database is stored again alone rather than lost. On H2 and PostgreSQL.
 */
@DataJdbcTest(properties = { "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class RegistrationBatchesContract {

	@Autowired
	RegistrationBatches batches;

	@Autowired
	RegistrationValidator validator;

	@Autowired
	Capacities capacities;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsTheGoodRegistrationsOfABatchAndRefusesTheOneThatDoesNotFit() {
		Conference c = this.fixtures.conference(null, 1, 5);
		this.settings.save(new RegistrationSettings(c.event().getId(), false, false, false, null, false, null, null, 2,
				60, null));
		RegistrationBatches.Pending first = pending(c, "eerste@example.org", c.session(0));
		RegistrationBatches.Pending full = pending(c, "te-laat@example.org", c.session(0));
		RegistrationBatches.Pending other = pending(c, "andere@example.org", c.session(1));
		RegistrationBatches.Pending again = pending(c, "eerste@example.org", c.session(1));

		this.batches.store(List.of(first, full, other, again));

		assertThat(first.outcome().join().kind()).isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(full.outcome()).isCompletedExceptionally();
		assertThat(full.outcome().handle((r, ex) -> ex).join()).isInstanceOfSatisfying(RegistrationRejected.class,
				ex -> assertThat(ex.problems()).extracting(Problem::code)
					.containsExactly("registration.error.sessionFull"));
		assertThat(other.outcome().join().kind()).isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(again.outcome().join().kind()).isEqualTo(RegistrationResult.Kind.EXISTING);
		assertThat(again.outcome().join().registrationId()).isEqualTo(first.outcome().join().registrationId());
		assertThat(emails(c)).containsExactly("andere@example.org", "eerste@example.org");
		assertThat(taken(c, "S" + c.session(0))).isEqualTo(1);
		assertThat(taken(c, "S" + c.session(1))).isEqualTo(1);
		assertThat(taken(c, "VENUE")).as("the refused one gave its event place back").isEqualTo(2);
	}

	@Test
	void aRegistrationThatLosesARaceInTheDatabaseIsStoredAgainAloneAndNotLost() throws Exception {
		Conference c = this.fixtures.conference(null, 5);
		RegistrationBatches.Pending racing = pending(c, "gelijktijdig@example.org", c.session(0));
		RegistrationBatches.Pending calm = pending(c, "rustig@example.org", c.session(0));
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// Another transaction (as on another instance) registers the same address and commits a moment later.
		CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(() -> this.transactions.executeWithoutResult(s -> {
			LocalDateTime now = LocalDateTime.now();
			this.jdbc.sql("""
					insert into registration (event_id, token_hash, email, name, locale, attendance, status,
					    newsletter_opt_in, consent_at, created_at, updated_at)
					values (:event, :hash, 'gelijktijdig@example.org', 'Elders', 'nl', 'VENUE', 'CONFIRMED', false,
					    :now, :now, :now)""")
				.param("event", c.event().getId())
				.param("hash", PersonalLinks.hash(PersonalLinks.newToken()))
				.param("now", now)
				.update();
			inserted.countDown();
			await(release);
		}));
		assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> batch = CompletableFuture.runAsync(() -> this.batches.store(List.of(racing, calm)));
		Thread.sleep(300);
		release.countDown();
		elsewhere.get(10, TimeUnit.SECONDS);
		batch.get(30, TimeUnit.SECONDS);

		assertThat(calm.outcome().join().kind()).isEqualTo(RegistrationResult.Kind.NEW);
		assertThat(racing.outcome().join().kind()).as("found the registration made elsewhere")
			.isEqualTo(RegistrationResult.Kind.EXISTING);
		assertThat(emails(c)).containsExactly("gelijktijdig@example.org", "rustig@example.org");
	}

	private RegistrationBatches.Pending pending(Conference c, String email, Long session) {
		ValidRegistration valid = this.validator.validate(RegistrationFixtures.request(c, email, session, null, null));
		this.capacities.ensureCounters(valid.event(), valid.rounds());
		return new RegistrationBatches.Pending(valid);
	}

	private List<String> emails(Conference c) {
		return this.jdbc.sql("select email from registration where event_id = ? order by email")
			.param(c.event().getId())
			.query(String.class)
			.list();
	}

	private int taken(Conference c, String counter) {
		return this.jdbc.sql("select taken from seat_counter where event_id = ? and name = ?")
			.params(c.event().getId(), counter)
			.query(Integer.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
