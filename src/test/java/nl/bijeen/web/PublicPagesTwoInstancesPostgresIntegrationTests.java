package nl.bijeen.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.BijeenApplication;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.support.PostgresTest;
import nl.bijeen.support.SharedPostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of bijeen on one PostgreSQL database, over real HTTP, each keeping rendered public pages
 * for ten minutes here (so only the shared version row can explain what they show): a change through
 * instance A shows on instance B's cached event page within about a second. Anonymous visitors get no
 * cookie from either, and a form shown by A is accepted by B (the form's signed token needs no session and
 * both share the signing secret through the database). A change through A is also found by B's search within
 * seconds: the search documents live in the database.
 */
@PostgresTest
class PublicPagesTwoInstancesPostgresIntegrationTests {

	static SharedPostgresSchema schema;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newHttpClient();

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
	void aChangeThroughOneInstanceShowsOnTheOthersCachedPageWithinASecond() throws Exception {
		Event event = publishedEvent("Debatmiddag Wijkteams");
		String path = "/evenementen/" + event.getSlug();
		HttpResponse<String> first = get(b, path);
		assertThat(first.body()).contains("Debatmiddag Wijkteams");
		HttpResponse<String> cached = get(b, path);
		assertThat(cached.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(get(a, path).body()).contains("Debatmiddag Wijkteams");

		event.setTitle("Debatmiddag Wijkteams en buurtzorg");
		a.getBean(EventSeeds.class).save(event);
		long changed = System.nanoTime();
		long seenAfterMillis = -1;
		while (System.nanoTime() - changed < 5_000_000_000L) {
			if (get(b, path).body().contains("Debatmiddag Wijkteams en buurtzorg")) {
				seenAfterMillis = (System.nanoTime() - changed) / 1_000_000;
				break;
			}
			Thread.sleep(50);
		}
		assertThat(seenAfterMillis).as("milliseconds until instance B showed the change").isBetween(0L, 1500L);
		assertThat(get(a, path).body()).contains("Debatmiddag Wijkteams en buurtzorg");
	}

	@Test
	void anEventChangedThroughOneInstanceIsFoundByTheOthersSearchWithinSeconds() throws Exception {
		Event event = publishedEvent("Werkconferentie Zeefdrukkers");
		String search = "/zoeken?q=" + enc("gildewerkplaats");
		assertThat(get(b, search).body()).doesNotContain(event.getSlug());
		event.setSummary("Een middag in de gildewerkplaats van de stad.");
		a.getBean(EventSeeds.class).save(event);
		long changed = System.nanoTime();
		long foundAfterMillis = -1;
		while (System.nanoTime() - changed < 10_000_000_000L) {
			if (get(b, search).body().contains("/evenementen/" + event.getSlug())) {
				foundAfterMillis = (System.nanoTime() - changed) / 1_000_000;
				break;
			}
			Thread.sleep(100);
		}
		assertThat(foundAfterMillis).as("milliseconds until instance B's search found the change").isBetween(0L, 5000L);
		assertThat(get(a, search).body()).contains("/evenementen/" + event.getSlug());
	}

	@Test
	void anonymousVisitorsGetNoCookieAndAFormShownByOneInstanceIsAcceptedByTheOther() throws Exception {
		Event event = publishedEvent("Congres Samen Doen");
		for (String path : new String[] { "/", "/evenementen/" + event.getSlug(), "/archief" }) {
			HttpResponse<String> page = get(a, path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		String form = "/evenementen/" + event.getSlug() + "/aanmelden";
		HttpResponse<String> shown = get(a, form);
		assertThat(shown.headers().allValues("Set-Cookie")).isEmpty();
		String body = "name=" + enc("Anna de Vries") + "&email=" + enc("anna.twee@example.org")
				+ "&organisation=Wijkteam&jobTitle=Coach&consent=true&_csrf="
				+ enc(find("name=\"_csrf\" value=\"([^\"]+)\"", shown.body())) + "&formToken="
				+ enc(find("name=\"formToken\" value=\"([^\"]+)\"", shown.body()));
		HttpResponse<String> sent = this.http.send(HttpRequest.newBuilder(uri(b, form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(form + "/controleer-uw-email");
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(a.getBean(JdbcClient.class).sql("select count(*) from registration where event_id = ?")
			.param(event.getId()).query(Integer.class).single()).isEqualTo(1);

		// A forged token: refused with a page that says so and leads back to the form; nothing stored.
		String forged = body.replaceAll("_csrf=[^&]+", "_csrf=f1.abc.AAAA").replace("anna.twee", "bob.twee");
		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri(b, form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString(forged))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Dit formulier kon niet worden verwerkt", "Er is niets opgeslagen",
				"href=\"" + form + "\"");
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(a.getBean(JdbcClient.class).sql("select count(*) from registration where event_id = ?")
			.param(event.getId()).query(Integer.class).single()).isEqualTo(1);
	}

	private static Event publishedEvent(String title) {
		LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(13).withMinute(0).withSecond(0).withNano(0);
		Event event = Event.draft("twee-" + UUID.randomUUID().toString().substring(0, 8), title, start,
				start.plusHours(4));
		event.setAttendanceMode(AttendanceMode.VENUE);
		event.setCapacity(100);
		event.publish();
		return a.getBean(EventSeeds.class).save(event);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext on, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(on, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext on, String path) {
		int port = ((WebServerApplicationContext) on).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String find(String regex, String page) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private static ConfigurableApplicationContext instance(String name) {
		Map<String, Object> properties = new HashMap<>(schema.properties());
		properties.put("bijeen.public.page-cache-time-to-live", "10m");
		properties.put("bijeen.registration.jobs-enabled", "false");
		properties.put("bijeen.mail.enabled", "false");
		properties.put("bijeen.mail.instance-id", name);
		properties.put("bijeen.demo.enabled", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BijeenApplication.class).web(WebApplicationType.SERVLET)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton(MainClassesOnly.class.getName(), new MainClassesOnly()))
			.run(args);
	}

	/** Keeps the test classes out of the instances' component scan. */
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
