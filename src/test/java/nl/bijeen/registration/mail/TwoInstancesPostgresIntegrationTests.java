package nl.bijeen.registration.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.registration.RegistrationCancelled;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.OfferExpiry;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.web.RateLimiter;
import nl.bijeen.support.Instances;
import nl.bijeen.support.PostgresTest;
import nl.bijeen.support.SharedPostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of bijeen behind an imaginary load balancer without sticky sessions, on one PostgreSQL
 * database: an organiser signed in on one is signed in on the other (Spring Session JDBC), a client's rate
 * limit is one allowance over both, and the scheduled jobs, run by both at the same moment, do each due item
 * once.
 */
@PostgresTest
class TwoInstancesPostgresIntegrationTests {

	static SharedPostgresSchema schema;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		schema = new SharedPostgresSchema();
		Map<String, Object> properties = Map.of("bijeen.registration.rate-limit", "3",
				"bijeen.admin.password", "admin-test-password");
		Map<String, Object> warmingUp = new java.util.HashMap<>(properties);
		warmingUp.put("bijeen.warm-up.enabled", "true");
		warmingUp.put("bijeen.warm-up.time", "2s");
		a = Instances.start(schema, "a", warmingUp);
		b = Instances.start(schema, "b", properties);
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
	void anOrganiserSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri(a, "/login")).GET());
		String cookie = cookie(loginPage);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).as("CSRF field of the login form").isTrue();
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri(a, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-test-password&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		String session = cookie(signedIn);

		HttpResponse<String> onB = send(HttpRequest.newBuilder(uri(b, "/admin")).header("Cookie", session).GET());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("href=\"/admin/events/new\"");
		// Without the cookie B sends the visitor to sign in: it was the shared session that let them in.
		assertThat(send(HttpRequest.newBuilder(uri(b, "/admin")).header("Accept", "text/html").GET()).statusCode())
			.isEqualTo(302);
		assertThat(jdbc(b).sql("select count(*) from spring_session where principal_name = 'admin'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void theWarmUpBeforeReadinessLeavesNothingBehind() {
		// Instance a warmed up for two seconds before it started: registrations for an event of its own, all
		// rolled back.
		assertThat(jdbc(a).sql("select count(*) from event where slug like 'warm-up-%'").query(Integer.class).single())
			.isZero();
		assertThat(jdbc(a).sql("select count(*) from registration where email like '%@example.invalid'")
			.query(Integer.class).single()).isZero();
		assertThat(jdbc(a).sql("select count(*) from mail_outbox where to_address like '%@example.invalid'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aRequestThatNeedsNoSessionStoresNone() throws Exception {
		// Spring Session stores only the sessions that exist. (Which public pages create none is the pages'
		// own business: see the session-less public pages' tests.)
		int before = jdbc(a).sql("select count(*) from spring_session").query(Integer.class).single();
		HttpResponse<String> agenda = send(HttpRequest.newBuilder(uri(a, "/agenda.ics")).GET());
		assertThat(agenda.statusCode()).isEqualTo(200);
		assertThat(agenda.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(jdbc(a).sql("select count(*) from spring_session").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void aClientsRateLimitIsOneAllowanceOverBothInstances() throws Exception {
		RateLimiter onA = a.getBean(RateLimiter.class);
		RateLimiter onB = b.getBean(RateLimiter.class);
		assertThat(onA.tryAcquire("198.51.100.1")).isTrue();
		assertThat(onB.tryAcquire("198.51.100.1")).isTrue();
		assertThat(onA.tryAcquire("198.51.100.1")).isTrue();
		assertThat(onB.tryAcquire("198.51.100.1")).isFalse();
		assertThat(onA.tryAcquire("198.51.100.1")).isFalse();
		assertThat(onB.tryAcquire("198.51.100.2")).as("another address").isTrue();

		// At the same moment through both: still three in all.
		List<Callable<Boolean>> tries = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			RateLimiter limiter = i % 2 == 0 ? onA : onB;
			tries.add(() -> limiter.tryAcquire("198.51.100.3"));
		}
		assertThat(together(tries).stream().filter(Boolean::booleanValue).count()).isEqualTo(3);
	}

	@Test
	void remindersRunByBothInstancesAtOnceGoOncePerRegistration() throws Exception {
		Conference c = fixtures(a).conference(100);
		for (int i = 0; i < 20; i++) {
			register(i % 2 == 0 ? a : b, c, "herinnering" + i);
		}
		LocalDateTime due = c.event().getStartsAt().minusDays(1);
		List<Callable<Integer>> runs = List.of(() -> a.getBean(ScheduledMails.class).send(due),
				() -> b.getBean(ScheduledMails.class).send(due), () -> a.getBean(ScheduledMails.class).send(due),
				() -> b.getBean(ScheduledMails.class).send(due));
		assertThat(together(runs).stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
		assertThat(jdbc(a).sql("select count(*) from mail_outbox where reference like 'registration:%:reminder'"
				+ " and to_address like 'herinnering%@example.org'").query(Integer.class).single()).isEqualTo(20);
		assertThat(jdbc(a).sql("select count(*) from registration where event_id = ? and reminder_sent_at is null")
			.param(c.event().getId()).query(Integer.class).single()).isZero();
	}

	@Test
	void expiredOffersEndedByBothInstancesAtOnceEndOnceAndGoToTheNextOnce() throws Exception {
		Conference c = fixtures(a).conference(5);
		a.getBean(RegistrationSettingsRepository.class)
			.save(new RegistrationSettings(c.event().getId(), true, false, false, 24, false, null, null, 2, 60, null));
		List<RegistrationResult> placed = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			RegistrationResult result = register(a, c, "aanbod" + i);
			if (i < 5) {
				placed.add(result);
			}
		}
		placed.forEach(p -> b.getBean(Cancellations.class).end(p.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT));
		// The next in line moves up after the cancellation's commit (an event listener).
		assertThat(eventually(() -> count(c, "OFFERED"), 5)).isEqualTo(5);
		jdbc(a).sql("update registration set offer_expires_at = ? where event_id = ? and status = 'OFFERED'")
			.params(LocalDateTime.now().minusMinutes(1), c.event().getId())
			.update();

		List<Callable<Integer>> runs = List.of(() -> a.getBean(OfferExpiry.class).expire(),
				() -> b.getBean(OfferExpiry.class).expire(), () -> a.getBean(OfferExpiry.class).expire(),
				() -> b.getBean(OfferExpiry.class).expire());
		assertThat(together(runs).stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
		assertThat(count(c, "CANCELLED")).isEqualTo(10);
		assertThat(eventually(() -> count(c, "OFFERED"), 5)).as("offered to the next five, once").isEqualTo(5);
		assertThat(count(c, "WAITLISTED")).as("all five waiting got their offer").isZero();
	}

	private static int eventually(java.util.function.IntSupplier value, int expected) throws InterruptedException {
		long until = System.currentTimeMillis() + 15_000;
		int now = value.getAsInt();
		while (now != expected && System.currentTimeMillis() < until) {
			Thread.sleep(50);
			now = value.getAsInt();
		}
		return now;
	}

	private static int count(Conference c, String status) {
		return jdbc(a).sql("select count(*) from registration where event_id = ? and status = ?")
			.params(c.event().getId(), status)
			.query(Integer.class)
			.single();
	}

	private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					go.await();
					return task.call();
				}));
			}
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create(Instances.url(instance, path));
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext instance) {
		return instance.getBean(JdbcClient.class);
	}

	private static RegistrationFixtures fixtures(ConfigurableApplicationContext context) {
		return new RegistrationFixtures(context.getBean(EventSeeds.class), context.getBean(ProgrammeSeeds.class));
	}

	private static RegistrationResult register(ConfigurableApplicationContext on, Conference c, String who) {
		return on.getBean(RegistrationService.class)
			.register(RegistrationFixtures.request(c, who + "@example.org", null, null, null));
	}

}
