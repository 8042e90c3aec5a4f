package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loopback is a trusted proxy by default: its forwarded client address, scheme and host count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bijeen.registration.rate-limit=2", "bijeen.registration.jobs-enabled=false" })
class TrustedProxyIntegrationTests extends ForwardedHeadersContract {

	@Test
	void theRateLimitCountsTheRightClient() throws Exception {
		// Each forwarded client has its own allowance; the proxy's own address is not what counts.
		assertThat(registrationsFrom("203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"))
			.doesNotContain(429);
		assertThat(registrationsFrom("203.0.113.9", "203.0.113.9", "203.0.113.9")).containsExactly(404, 404, 429);
		// The client cannot add an address of its choice in front: the proxy's last entry counts.
		assertThat(registrationsFrom("198.51.100.7, 203.0.113.20", "198.51.100.8, 203.0.113.20",
				"198.51.100.9, 203.0.113.20"))
			.containsExactly(404, 404, 429);
	}

	@Test
	void theSessionCookieIsSecureOnlyBehindATrustedTlsProxy() throws Exception {
		assertThat(cookies(get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.30")))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
		assertThat(cookies(get("/login"))).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void redirectsUseTheForwardedHostAndSchemeOnlyFromATrustedProxy() throws Exception {
		assertThat(get("/admin", "Accept", "text/html", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "agenda.example.org")
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("https://agenda.example.org/login"));
	}

}
