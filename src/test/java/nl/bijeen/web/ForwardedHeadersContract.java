package nl.bijeen.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a real server (Tomcat's RemoteIpValve) makes of {@code X-Forwarded-*} headers: the tests send
 * them from loopback, which is a trusted proxy by default ({@link TrustedProxyIntegrationTests}) and is
 * not when {@code bijeen.web.trusted-proxies} names another address ({@link UntrustedClientIntegrationTests}).
 */
abstract class ForwardedHeadersContract {

	static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	/** Registers through the API (to an unknown event: the rate limit counts before anything else). */
	List<Integer> registrationsFrom(String... forwardedFor) throws IOException, InterruptedException {
		List<Integer> statuses = new ArrayList<>();
		for (String address : forwardedFor) {
			HttpRequest request = HttpRequest.newBuilder(url("/api/events/987654/registrations"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build();
			statuses.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		return statuses;
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static List<String> cookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
