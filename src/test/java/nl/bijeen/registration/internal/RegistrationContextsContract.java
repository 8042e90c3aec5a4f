package nl.bijeen.registration.internal;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What registering reads is cached per event: a change saved through bijeen is seen at once, a change
 * behind its back after the time to live. On H2 and PostgreSQL.
 */
@DataJdbcTest(properties = { "bijeen.registration.context-cache-ttl=300ms" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class RegistrationContextsContract {

	@Autowired
	RegistrationContexts contexts;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ProgrammeSeeds programmeSeeds;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesSavedThroughBijeenAreSeenAtOnce() {
		Conference c = this.fixtures.conference(10, 5);
		Long id = c.event().getId();
		assertThat(context(id).event().getCapacity()).isEqualTo(10);
		assertThat(context(id).rounds().get(0).sessions().get(0).capacity()).isEqualTo(5);

		Event event = this.eventCatalog.event(id).orElseThrow();
		event.setCapacity(12);
		this.eventSeeds.save(event);
		Session workshop = c.sessions().get(0);
		this.programmeSeeds.save(new Session(workshop.id(), workshop.partId(), workshop.eventId(), workshop.position(),
				workshop.title(), workshop.description(), workshop.room(), workshop.onlineBreakout(), 7,
				workshop.version()));
		this.settings.save(new RegistrationSettings(id, true, true, false, null, false, null, null, 2, 60, null));

		assertThat(context(id).event().getCapacity()).isEqualTo(12);
		assertThat(context(id).rounds().get(0).sessions().get(0).capacity()).isEqualTo(7);
		assertThat(context(id).settings().secondChoiceEnabled()).isTrue();
	}

	@Test
	void changesBehindBijeensBackAreSeenAfterTheTimeToLive() throws InterruptedException {
		Conference c = this.fixtures.conference(10, 5);
		Long id = c.event().getId();
		assertThat(context(id).event().getCapacity()).isEqualTo(10);
		this.jdbc.sql("update event set capacity = 20 where id = ?").param(id).update();
		assertThat(context(id).event().getCapacity()).as("still cached").isEqualTo(10);
		Thread.sleep(400);
		assertThat(context(id).event().getCapacity()).isEqualTo(20);
	}

	@Test
	void aChangeCommittedByAnotherInstanceIsSeenAtOnceThroughTheEventsVersion() {
		Conference c = this.fixtures.conference(10, 5);
		Long id = c.event().getId();
		assertThat(context(id).event().getCapacity()).isEqualTo(10);
		// What another instance's save does in its transaction: the change and a raised version.
		this.jdbc.sql("update event set capacity = 4 where id = ?").param(id).update();
		this.jdbc.sql("update registration_context_version set version = version + 1 where event_id = ?")
			.param(id)
			.update();
		assertThat(context(id).event().getCapacity()).isEqualTo(4);
	}

	@Test
	void anEventWithoutAVersionRowIsCachedUntilItsFirstChangeThroughBijeen() {
		Conference c = this.fixtures.conference(10, 5);
		Long id = c.event().getId();
		// As for an event stored before versions existed, or by plain SQL.
		this.jdbc.sql("delete from registration_context_version where event_id = ?").param(id).update();
		RegistrationContext first = context(id);
		assertThat(context(id)).as("read once, then cached").isSameAs(first);

		Event event = this.eventCatalog.event(id).orElseThrow();
		event.setCapacity(14);
		this.eventSeeds.save(event);
		assertThat(context(id).event().getCapacity()).isEqualTo(14);
		assertThat(this.jdbc.sql("select version from registration_context_version where event_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void anUnknownEventHasNoContext() {
		assertThat(this.contexts.of(-1L)).isEmpty();
	}

	private RegistrationContext context(Long id) {
		return this.contexts.of(id).orElseThrow();
	}

}
