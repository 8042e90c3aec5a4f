package nl.bijeen.registration.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warms a starting instance up before its readiness probe says it accepts traffic (Spring Boot sets
 * readiness to {@code ACCEPTING_TRAFFIC} only after the application runners): for
 * {@link WarmUpProperties#getTime()} it requests its own public pages (the agenda, the newest event's page
 * and registration form) and a registration through the API that fails validation, over HTTP, and runs
 * registrations for an event of its own in transactions that are rolled back, so nothing is stored and no
 * other instance sees anything. The JIT compiler does its first work on this, not on the first visitors.
 */
@Component
@EnableConfigurationProperties(WarmUpProperties.class)
class ReadinessWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReadinessWarmUp.class);

	private final WarmUpProperties properties;

	private final Environment environment;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final RegistrationService registrations;

	private final EventSeeds events;

	private final ProgrammeSeeds programme;

	ReadinessWarmUp(WarmUpProperties properties, Environment environment, JdbcClient jdbc,
			TransactionTemplate transactions, RegistrationService registrations, EventSeeds events,
			ProgrammeSeeds programme) {
		this.properties = properties;
		this.environment = environment;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.registrations = registrations;
		this.events = events;
		this.programme = programme;
	}

	@Override
	public void run(ApplicationArguments args) {
		String port = this.environment.getProperty("local.server.port");
		if (!this.properties.isEnabled() || port == null) {
			return;
		}
		long started = System.nanoTime();
		long until = started + this.properties.getTime().toNanos();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		String base = "http://127.0.0.1:" + port;
		List<String> pages = pages();
		int requests = 0;
		int registered = 0;
		while (System.nanoTime() < until) {
			for (String page : pages) {
				requests += get(http, base + page);
			}
			requests += invalidRegistration(http, base);
			registered += rolledBackRegistrations(8);
		}
		log.info("Warmed up in {} ms: {} requests, {} registrations rolled back; now ready for traffic",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), requests, registered);
	}

	private List<String> pages() {
		List<String> slugs = this.jdbc
			.sql("select slug from event where status = 'PUBLISHED' and starts_at > :now order by starts_at limit 1")
			.param("now", LocalDateTime.now())
			.query(String.class)
			.list();
		return slugs.isEmpty() ? List.of("/")
				: List.of("/", "/evenementen/" + slugs.get(0), "/evenementen/" + slugs.get(0) + "/aanmelden");
	}

	private static int get(HttpClient http, String url) {
		try {
			http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return 1;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	/** Parsed and validated, refused (422) before it reaches the rate limit or the database. */
	private static int invalidRegistration(HttpClient http, String base) {
		try {
			http.send(HttpRequest.newBuilder(URI.create(base + "/api/events/0/registrations"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Warm-up\",\"email\":\"not an address\","
						+ "\"consent\":false,\"choices\":{}}"))
				.build(), HttpResponse.BodyHandlers.discarding());
			return 1;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	/**
	 * Registers people for an event created in the same transaction, which is rolled back.
	 */
	private int rolledBackRegistrations(int people) {
		try {
			Integer done = this.transactions.execute(status -> {
				status.setRollbackOnly();
				LocalDateTime start = LocalDateTime.now().plusDays(30).withNano(0);
				String slug = "warm-up-" + UUID.randomUUID();
				Event event = Event.draft(slug, "Warm-up", start, start.plusHours(2));
				event.setCapacity(people / 2);
				event.publish();
				event = this.events.save(event);
				ProgrammePart round = this.programme.save(ProgrammePart.create(event.getId(), PartKind.ROUND,
						"Warm-up", null, start, start.plusHours(1), null));
				Session a = this.programme.save(Session.create(round, 0, "A", null, null, people / 4));
				Session b = this.programme.save(Session.create(round, 1, "B", null, null, people / 4));
				for (int i = 0; i < people; i++) {
					Applicant applicant = new Applicant("Warm-up " + i, "warm-up-" + i + "@example.invalid", null, null,
							Locale.forLanguageTag(i % 2 == 0 ? "nl" : "en"), null, false, null, null);
					this.registrations.register(new RegistrationRequest(event.getId(), applicant, true,
							Map.of(round.id(), new SessionPick(i % 2 == 0 ? a.id() : b.id(), i % 2 == 0 ? b.id() : a.id())),
							Map.of(), null));
				}
				return people;
			});
			return done == null ? 0 : done;
		}
		catch (RuntimeException ex) {
			log.debug("A warm-up registration failed (nothing is stored either way): {}", ex.toString());
			return 0;
		}
	}

}
