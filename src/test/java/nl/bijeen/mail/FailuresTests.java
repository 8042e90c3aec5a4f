package nl.bijeen.mail;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTests {

	@Test
	void aRefusedRecipientIsPermanent() throws Exception {
		Address[] refused = { new InternetAddress("nobody@example.org") };
		SendFailedException rejected = new SendFailedException("550 No such user", null, new Address[0], new Address[0],
				refused);
		assertThat(Failures.isPermanent(new MailSendException(Map.of(new Object(), rejected)))).isTrue();
		assertThat(Failures.isPermanent(new MailSendException("Failed", rejected))).isTrue();
	}

	@Test
	void anUnreachableServerOrATemporaryRefusalIsWorthAnotherTry() throws Exception {
		MessagingException connect = new MessagingException("Couldn't connect", new ConnectException("refused"));
		assertThat(Failures.isPermanent(new MailSendException("Mail server connection failed", connect))).isFalse();
		Address[] later = { new InternetAddress("busy@example.org") };
		SendFailedException greylisted = new SendFailedException("451 Try again later", null, new Address[0], later,
				new Address[0]);
		assertThat(Failures.isPermanent(new MailSendException(Map.of(new Object(), greylisted)))).isFalse();
	}

}
