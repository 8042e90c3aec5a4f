package nl.bijeen.mail;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Extra header lines of a mail: only {@code List-*} and {@code X-*}, one line each, stored and read back in order.
 */
class MailHeadersTests {

	@Test
	void listHeadersAreKeptInOrderAndSurviveStorage() {
		OutgoingMail mail = OutgoingMail.of("a@example.org", null, "S", "T")
			.withHeader("List-Unsubscribe", "<https://example.org/nieuwsbrief/afmelden/abc>, <mailto:x@example.org>")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
			.withReference("r");
		assertThat(mail.headers()).containsKeys("List-Unsubscribe", "List-Unsubscribe-Post");
		Map<String, String> read = MailHeaders.decode(MailHeaders.encode(mail.headers()));
		assertThat(read).containsExactlyEntriesOf(mail.headers());
		assertThat(MailHeaders.encode(Map.of())).isNull();
		assertThat(OutgoingMail.of("a@example.org", null, "S", "T").headers()).isEmpty();
	}

	@Test
	void otherHeadersAndLineBreaksAreRefused() {
		OutgoingMail mail = OutgoingMail.of("a@example.org", null, "S", "T");
		assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("From", "x@example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("Bcc", "x@example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("List-Id", "a\r\nBcc: x@example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("X-Empty", " "));
	}

}
