package nl.bijeen.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies larger than their purpose are refused before they are read, on a real server: 413 with
 * problem+json on the API, the friendly page on forms, also for a body sent without a length. (The same
 * configuration as {@link TrustedProxyIntegrationTests}, so the two share one server.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bijeen.registration.rate-limit=2", "bijeen.registration.jobs-enabled=false" })
class RequestLimitsIntegrationTests extends ForwardedHeadersContract {

	@Test
	void anApiBodyOverTheLimitIsAProblem() throws Exception {
		String json = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/events/1/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("too large");
	}

	@Test
	void anApiBodyWithoutALengthIsCountedWhileRead() throws Exception {
		byte[] json = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes();
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/events/1/registrations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"status\":413");
		// Within the limit, a body without a length is read as usual (an unknown event: 404).
		byte[] small = "{\"name\":\"Anna\"}".getBytes();
		assertThat(send(HttpRequest.newBuilder(url("/api/events/987650/registrations"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "203.0.113.77")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aFormOverTheLimitGetsAClearPage() throws Exception {
		String form = "name=" + "x".repeat(100 * 1024) + "&email=a%40example.org";
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/evenementen/iets/aanmelden"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("te veel tekst of gegevens verstuurd").contains("Er is niets opgeslagen");
		String admin = "descriptionHtml=" + "x".repeat(600 * 1024);
		assertThat(send(HttpRequest.newBuilder(url("/admin/evenementen/nieuw"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(admin))).statusCode()).isEqualTo(413);
	}

	@Test
	void aNulCharacterInAFilterIsABadRequestNotAServerError() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(url("/artikelen?thema=a%00b"))
			.header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Dit verzoek begrijpen we niet").doesNotContain("Exception");
		HttpResponse<String> api = send(HttpRequest.newBuilder(url("/api/events?q=%00"))
			.header("Accept-Language", "en"));
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"status\":400").contains("not allowed");
		assertThat(send(HttpRequest.newBuilder(url("/artikelen?thema=zorg")).header("Accept", "text/html"))
			.statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
