package nl.bijeen.registration;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.BijeenApplication;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.RegistrationContexts;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.support.PostgresTest;
import nl.bijeen.support.SharedPostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of bijeen on one PostgreSQL database, each with its own caches (kept for ten minutes here,
 * so that only the check of the event's version can explain what they see): a capacity lowered through
 * instance A holds at once for registrations through instance B, which had the old capacity cached. Nobody
 * is overbooked and nobody is promoted until fewer places are taken than the new capacity.
 */
@PostgresTest
class TwoInstancesCapacityPostgresIntegrationTests {

	static SharedPostgresSchema schema;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void start() {
		schema = new SharedPostgresSchema();
		a = instance("a");
		b = instance("b");
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (schema != null) {
			schema.close();
		}
	}

	@Test
	void anEventCapacityLoweredOnOneInstanceHoldsAtOnceOnTheOther() {
		Conference c = fixtures(a).conference(5);
		Long eventId = c.event().getId();
		List<RegistrationResult> placed = List.of(register(a, c, "a0"), register(a, c, "a1"), register(a, c, "a2"));
		// Instance B shows the registration form: it now has the event cached with 5 places.
		assertThat(b.getBean(RegistrationContexts.class).of(eventId).orElseThrow().event().getCapacity()).isEqualTo(5);

		Event event = a.getBean(EventCatalog.class).event(eventId).orElseThrow();
		event.setCapacity(2);
		a.getBean(EventSeeds.class).save(event);

		assertThat(b.getBean(RegistrationContexts.class).of(eventId).orElseThrow().event().getCapacity()).isEqualTo(2);
		RegistrationResult late = register(b, c, "b0");
		assertThat(late.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(b.getBean(Availability.class).of(eventId).places(Attendance.VENUE)).isEqualTo(new Places(2, 3));

		// One leaves through B: two places are taken, the new capacity, so nobody moves up.
		cancel(b, placed.get(0));
		assertThat(status(b, late)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(register(b, c, "b1").status()).isEqualTo(RegistrationStatus.WAITLISTED);
		// Another leaves through A: now there is a place, for the first one waiting.
		cancel(a, placed.get(1));
		assertThat(status(b, late)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(a.getBean(Availability.class).of(eventId).places(Attendance.VENUE)).isEqualTo(new Places(2, 2));
	}

	@Test
	void aRegisterChangedThroughOneInstanceIsSeenAtOnceThereAndByTheOtherAfterItsNextCheck() throws Exception {
		AccreditationRegisters onA = a.getBean(AccreditationRegisters.class);
		AccreditationRegisters onB = b.getBean(AccreditationRegisters.class);
		onA.add(new AccreditationRegister("TWEE", "Register Twee", "TW", "[0-9]{6}", "6 cijfers", "123456", true, 90));
		assertThat(onA.find("TWEE")).as("the instance that added it, at once").isPresent();
		long added = System.nanoTime();
		while (onB.find("TWEE").isEmpty() && System.nanoTime() - added < 5_000_000_000L) {
			Thread.sleep(20);
		}
		assertThat((System.nanoTime() - added) / 1_000_000).as("milliseconds until B saw the new register")
			.isLessThan(1500);

		// Both have it in memory now; A renames and closes it.
		assertThat(onB.active()).extracting(AccreditationRegister::code).contains("TWEE");
		onA.update(new AccreditationRegister("TWEE", "Register Twee (oud)", "TW", "[0-9]{6}", "6 cijfers", "123456",
				false, 90));
		assertThat(onA.name("TWEE")).isEqualTo("Register Twee (oud)");
		assertThat(onA.active()).extracting(AccreditationRegister::code).doesNotContain("TWEE");
		long changed = System.nanoTime();
		while (onB.name("TWEE").equals("Register Twee") && System.nanoTime() - changed < 5_000_000_000L) {
			Thread.sleep(20);
		}
		assertThat((System.nanoTime() - changed) / 1_000_000).as("milliseconds until B saw the change")
			.isLessThan(1500);
		assertThat(onB.active()).extracting(AccreditationRegister::code).doesNotContain("TWEE");
	}

	@Test
	void aSessionCapacityLoweredOnOneInstanceHoldsAtOnceOnTheOther() {
		Conference c = fixtures(a).conference(null, 3);
		Long eventId = c.event().getId();
		register(b, c, "b0", c.session(0));
		register(b, c, "b1", c.session(0));
		assertThat(b.getBean(RegistrationContexts.class).of(eventId).orElseThrow().rounds().get(0).sessions().get(0)
			.capacity()).isEqualTo(3);

		Session s = a.getBean(ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class).session(c.session(0)).orElseThrow();
		a.getBean(ProgrammeSeeds.class).save(new Session(s.id(), s.partId(), s.eventId(), s.position(), s.title(),
				s.description(), s.room(), s.onlineBreakout(), 2, s.version()));

		RegistrationResult late = register(b, c, "b2", c.session(0));
		assertThat(choice(b, late)).isEqualTo("WAITLISTED");
		assertThat(b.getBean(Availability.class).of(eventId).session(c.session(0))).isEqualTo(new Places(2, 2));
	}

	private static ConfigurableApplicationContext instance(String name) {
		Map<String, Object> properties = new HashMap<>(schema.properties());
		properties.put("bijeen.registration.context-cache-ttl", "10m");
		properties.put("bijeen.registration.jobs-enabled", "false");
		properties.put("bijeen.mail.enabled", "false");
		properties.put("bijeen.mail.instance-id", name);
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		// As command line arguments, so that they win over the tests' application.properties (H2).
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BijeenApplication.class).web(WebApplicationType.SERVLET)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton(MainClassesOnly.class.getName(), new MainClassesOnly()))
			.run(args);
	}

	private static RegistrationFixtures fixtures(ConfigurableApplicationContext context) {
		return new RegistrationFixtures(context.getBean(EventSeeds.class), context.getBean(ProgrammeSeeds.class));
	}

	private static RegistrationResult register(ConfigurableApplicationContext on, Conference c, String who) {
		return register(on, c, who, null);
	}

	private static RegistrationResult register(ConfigurableApplicationContext on, Conference c, String who,
			Long session) {
		return on.getBean(RegistrationService.class)
			.register(RegistrationFixtures.request(c, who + "@example.org", session, null, null));
	}

	private static void cancel(ConfigurableApplicationContext on, RegistrationResult result) {
		on.getBean(Cancellations.class).end(result.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
	}

	private static RegistrationStatus status(ConfigurableApplicationContext on, RegistrationResult result) {
		return on.getBean(Registrations.class).findById(result.registrationId()).orElseThrow().status();
	}

	private static String choice(ConfigurableApplicationContext on, RegistrationResult result) {
		return on.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select status from registration_choice where registration_id = ?")
			.param(result.registrationId())
			.query(String.class)
			.single();
	}

	/**
	 * Keeps the test classes (fixtures and listeners of other tests) out of the instances' component scan.
	 */
	static final class MainClassesOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURI().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MainClassesOnly;
		}

		@Override
		public int hashCode() {
			return MainClassesOnly.class.hashCode();
		}

	}

}
