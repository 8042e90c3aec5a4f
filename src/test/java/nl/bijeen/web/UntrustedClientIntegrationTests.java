package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that is not a configured proxy (here: loopback, with only 192.0.2.10 trusted) cannot pick its own
 * address, scheme or host with forwarded headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bijeen.registration.rate-limit=2", "bijeen.registration.jobs-enabled=false",
				"bijeen.web.trusted-proxies=192.0.2.10/32" })
class UntrustedClientIntegrationTests extends ForwardedHeadersContract {

	@Test
	void theRateLimitCountsTheRightClient() throws Exception {
		assertThat(registrationsFrom("203.0.113.1", "203.0.113.2", "203.0.113.3")).containsExactly(404, 404, 429);
	}

	@Test
	void theSessionCookieIsSecureOnlyBehindATrustedTlsProxy() throws Exception {
		assertThat(cookies(get("/login", "X-Forwarded-Proto", "https"))).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void redirectsUseTheForwardedHostAndSchemeOnlyFromATrustedProxy() throws Exception {
		assertThat(get("/admin", "Accept", "text/html", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "agenda.example.org")
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
				.doesNotContain("agenda.example.org")
				.startsWith("http://"));
	}

}
