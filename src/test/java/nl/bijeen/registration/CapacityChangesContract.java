package nl.bijeen.registration;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;
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
 * Capacities changed by an organiser: a lowered capacity keeps the people who have a place and promotes
 * nobody until fewer places are taken than the new capacity; a raised capacity goes to the people waiting,
 * in order, however many there are, before anyone registering later. Event and session capacities alike.
 * On H2 ({@link CapacityChangesH2Tests}) and PostgreSQL ({@link CapacityChangesPostgresTests}).
 */
@DataJdbcTest(properties = { "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class CapacityChangesContract {

	@Autowired
	RegistrationService registrations;

	@Autowired
	Registrations rows;

	@Autowired
	Cancellations cancellations;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Availability availability;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ProgrammeRows programmeRows;

	@Autowired
	ProgrammeSeeds programmeSeeds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoweredEventCapacityKeepsEveryoneAndPromotesNobodyUntilBelowIt() {
		Conference c = this.fixtures.conference(3);
		List<RegistrationResult> placed = register(c, "placed", 3, null);
		List<RegistrationResult> waiting = register(c, "waiting", 2, null);
		assertThat(statuses(waiting)).containsOnly(RegistrationStatus.WAITLISTED);

		eventCapacity(c, 1);
		assertThat(statuses(placed)).containsOnly(RegistrationStatus.CONFIRMED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE)).isEqualTo(new Places(1, 3));
		assertThat(register(c, "late", 1, null).get(0).status()).isEqualTo(RegistrationStatus.WAITLISTED);

		cancel(placed.get(0));
		cancel(placed.get(1));
		// Two cancelled, one still has a place: that is the new capacity, so nobody moves up.
		assertThat(statuses(waiting)).containsOnly(RegistrationStatus.WAITLISTED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE)).isEqualTo(new Places(1, 1));

		cancel(placed.get(2));
		assertThat(status(waiting.get(0))).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(waiting.get(1))).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE)).isEqualTo(new Places(1, 1));
	}

	@Test
	void aRaisedEventCapacityPromotesEveryoneWaitingInOrderHoweverMany() {
		Conference c = this.fixtures.conference(1);
		register(c, "placed", 1, null);
		List<RegistrationResult> waiting = register(c, "waiting", 120, null);
		assertThat(statuses(waiting)).containsOnly(RegistrationStatus.WAITLISTED);

		eventCapacity(c, 111);
		assertThat(statuses(waiting.subList(0, 110))).containsOnly(RegistrationStatus.CONFIRMED);
		assertThat(statuses(waiting.subList(110, 120))).containsOnly(RegistrationStatus.WAITLISTED);
		// Nobody registering later gets a place while someone earlier still waits.
		assertThat(register(c, "late", 1, null).get(0).status()).isEqualTo(RegistrationStatus.WAITLISTED);

		eventCapacity(c, 200);
		assertThat(statuses(waiting)).containsOnly(RegistrationStatus.CONFIRMED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE)).isEqualTo(new Places(200, 122));
	}

	@Test
	void aLoweredSessionCapacityKeepsItsPeopleAndARaisedOneSeatsTheWaitingInOrder() {
		Conference c = this.fixtures.conference(null, 3);
		List<RegistrationResult> placed = register(c, "placed", 3, c.session(0));
		List<RegistrationResult> waiting = register(c, "waiting", 3, c.session(0));
		assertThat(choices(waiting)).containsOnly("WAITLISTED");

		sessionCapacity(c, 1);
		assertThat(choices(placed)).containsOnly("CONFIRMED");
		cancel(placed.get(0));
		cancel(placed.get(1));
		assertThat(choices(waiting)).containsOnly("WAITLISTED");

		sessionCapacity(c, 3);
		assertThat(choices(waiting)).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED");
		assertThat(register(c, "late", 1, c.session(0)).stream().map(this::choice).toList())
			.containsExactly("WAITLISTED");
		assertThat(this.availability.of(c.event().getId()).session(c.session(0))).isEqualTo(new Places(3, 3));
	}

	private List<RegistrationResult> register(Conference c, String prefix, int count, Long session) {
		List<RegistrationResult> results = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			results.add(this.registrations
				.register(RegistrationFixtures.request(c, prefix + i + "@example.org", session, null, null)));
		}
		return results;
	}

	private void eventCapacity(Conference c, int capacity) {
		Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.setCapacity(capacity);
		this.eventSeeds.save(event);
	}

	private void sessionCapacity(Conference c, int capacity) {
		Session s = this.programmeRows.session(c.session(0)).orElseThrow();
		this.programmeSeeds.save(new Session(s.id(), s.partId(), s.eventId(), s.position(), s.title(), s.description(),
				s.room(), s.onlineBreakout(), capacity, s.version()));
	}

	private void cancel(RegistrationResult result) {
		this.cancellations.end(result.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
	}

	private RegistrationStatus status(RegistrationResult result) {
		return this.rows.findById(result.registrationId()).orElseThrow().status();
	}

	private List<RegistrationStatus> statuses(List<RegistrationResult> results) {
		return results.stream().map(this::status).toList();
	}

	private String choice(RegistrationResult result) {
		return this.jdbc.sql("select status from registration_choice where registration_id = ?")
			.param(result.registrationId())
			.query(String.class)
			.single();
	}

	private List<String> choices(List<RegistrationResult> results) {
		return results.stream().map(this::choice).toList();
	}

}
