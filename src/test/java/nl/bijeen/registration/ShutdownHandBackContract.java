package nl.bijeen.registration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationBusy;
import nl.bijeen.registration.internal.RegistrationOutcomeUnknown;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.Instances;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that stops while registrations pour in (its context closed under load, as a graceful shutdown
 * ends): every registration answered as stored is stored, nothing answered as "busy" is stored, and the place
 * counters equal the rows. On H2 ({@link ShutdownHandBackH2IntegrationTests}) and PostgreSQL
 * ({@link ShutdownHandBackPostgresIntegrationTests}).
 */
abstract class ShutdownHandBackContract {

	/** The properties that point the instance at its database. */
	abstract Map<String, Object> database();

	/** A connection to the same database, to look after the instance has stopped. */
	abstract Connection connect() throws SQLException;

	@Test
	void everyRegistrationAnsweredAsStoredIsStoredWhenTheInstanceStops() throws Exception {
		Map<String, Object> properties = new HashMap<>(database());
		properties.put("bijeen.registration.jobs-enabled", "false");
		properties.put("bijeen.mail.enabled", "false");
		properties.put("bijeen.demo.enabled", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext app = Instances.builder().web(WebApplicationType.SERVLET).run(args);
		RegistrationService service = app.getBean(RegistrationService.class);
		Conference c = new RegistrationFixtures(app.getBean(EventSeeds.class), app.getBean(ProgrammeSeeds.class))
			.conference(40);
		Map<String, Long> stored = new ConcurrentHashMap<>();
		Set<String> busy = ConcurrentHashMap.newKeySet();
		AtomicInteger answered = new AtomicInteger();
		ExecutorService callers = Executors.newFixedThreadPool(16);
		for (int t = 0; t < 16; t++) {
			int caller = t;
			callers.execute(() -> {
				for (int i = 0; i < 200 && app.isActive(); i++) {
					String email = "stop-" + caller + "-" + i + "@example.org";
					try {
						RegistrationResult result = service
							.register(RegistrationFixtures.request(c, email, null, null, null));
						stored.put(email, result.registrationId());
					}
					catch (RegistrationBusy ex) {
						busy.add(email);
					}
					catch (RegistrationOutcomeUnknown | IllegalStateException
							| org.springframework.dao.DataAccessException ex) {
						// Not told either way: may or may not be stored.
					}
					answered.incrementAndGet();
				}
			});
		}
		while (answered.get() < 100) {
			Thread.sleep(5);
		}
		app.close();
		callers.shutdown();
		assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		Map<String, Long> rows = new HashMap<>();
		int heldPlaces;
		int counted;
		try (Connection db = connect(); Statement s = db.createStatement()) {
			try (ResultSet rs = s.executeQuery("select email, id from registration where event_id = " + c.event().getId())) {
				while (rs.next()) {
					rows.put(rs.getString(1), rs.getLong(2));
				}
			}
			heldPlaces = single(s, "select count(*) from registration where event_id = " + c.event().getId()
					+ " and status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED')");
			counted = single(s, "select coalesce(sum(taken), 0) from seat_counter where session_id is null and event_id = "
					+ c.event().getId());
		}
		assertThat(stored).as("registrations answered as stored").hasSizeGreaterThan(50);
		stored.forEach((email, id) -> assertThat(rows).as("answered as stored: " + email).containsEntry(email, id));
		Set<String> storedButBusy = new HashSet<>(busy);
		storedButBusy.retainAll(rows.keySet());
		assertThat(storedButBusy).as("answered as busy, yet stored").isEmpty();
		assertThat(counted).as("the counter equals the rows holding a place").isEqualTo(heldPlaces);
		assertThat(heldPlaces).isLessThanOrEqualTo(40);
	}

	private static int single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	static Connection h2(String url) throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}


}
