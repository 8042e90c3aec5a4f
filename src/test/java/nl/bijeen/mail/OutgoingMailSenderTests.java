package nl.bijeen.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A mail in someone else's name: the name and reply-to address are checked like every header.
 */
class OutgoingMailSenderTests {

	private final OutgoingMail mail = OutgoingMail.of("anna@example.org", "Anna", "Onderwerp", "Tekst");

	@Test
	void keepsTheSenderThroughTheOtherChanges() {
		OutgoingMail sent = this.mail.withSender("Movisie Evenementen", "evenementen@movisie.example")
			.withHtml("<p>Tekst</p>")
			.withReference("test:1");
		assertThat(sent.fromName()).isEqualTo("Movisie Evenementen");
		assertThat(sent.replyTo()).isEqualTo("evenementen@movisie.example");
		assertThat(this.mail.withSender(" ", "")).satisfies(m -> {
			assertThat(m.fromName()).isNull();
			assertThat(m.replyTo()).isNull();
		});
	}

	@Test
	void refusesHeaderInjectionAndBadAddresses() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withSender("Movisie\r\nBcc: x@example.org", null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withSender(null, "geen adres"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withSender(null, "Movisie <a@example.org>"));
	}

}
