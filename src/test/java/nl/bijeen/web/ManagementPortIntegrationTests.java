package nl.bijeen.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health, liveness and readiness answer on the management port, with threads of their own, while every
 * request thread of the site is busy; the management endpoints keep their security there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.threads.max=2", "server.tomcat.threads.min-spare=1", "management.server.port=0" })
@Import(ManagementPortIntegrationTests.Busy.class)
class ManagementPortIntegrationTests {

	@Value("${local.server.port}")
	int port;

	@Value("${local.management.port}")
	int managementPort;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void healthAndReadinessAnswerWhileEveryRequestThreadIsBusy() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		List<CompletableFuture<HttpResponse<String>>> busy = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				busy.add(get(this.port, "/test/bezet"));
			}
			assertThat(Busy.entered.await(20, TimeUnit.SECONDS)).as("both request threads are taken").isTrue();
			CompletableFuture<HttpResponse<String>> waiting = get(this.port, "/test/bezet");
			Thread.sleep(500);
			assertThat(waiting).as("the site's request threads are all busy").isNotDone();

			for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
				HttpResponse<String> health = get(this.managementPort, path).get(5, TimeUnit.SECONDS);
				assertThat(health.statusCode()).as(path).isEqualTo(200);
				assertThat(health.body()).as(path).contains("\"UP\"");
			}
			assertThat(get(this.managementPort, "/actuator/prometheus").get(5, TimeUnit.SECONDS).statusCode())
				.as("metrics still need an administrator").isEqualTo(401);
			busy.add(waiting);
		}
		finally {
			Busy.release.countDown();
		}
		for (CompletableFuture<HttpResponse<String>> request : busy) {
			assertThat(request.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
	}

	private CompletableFuture<HttpResponse<String>> get(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Holds a request thread until released.
	 */
	@RestController
	static class Busy {

		static final CountDownLatch entered = new CountDownLatch(2);

		static final CountDownLatch release = new CountDownLatch(1);

		@GetMapping("/test/bezet")
		String busy() throws InterruptedException {
			entered.countDown();
			release.await(30, TimeUnit.SECONDS);
			return "klaar";
		}

	}

}
