package nl.bijeen.registration;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one configuration of all full-context registration tests, so that they share one application
 * context per database (and few database connections): scheduled jobs off, a small rate limit (tests use
 * their own client addresses), a fast outbox sender delivering to the test SMTP server on {@link #SMTP_PORT}.
 */
@SpringBootTest(properties = { "bijeen.registration.jobs-enabled=false", "bijeen.registration.rate-limit=5",
		"bijeen.mail.poll-interval=PT0.2S", "bijeen.mail.backoff-base=PT0.5S",
		"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureMockMvc
@Import(RegistrationFixtures.class)
public abstract class RegistrationIntegrationTest {

	public static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.host", () -> "127.0.0.1");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
