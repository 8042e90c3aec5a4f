package nl.bijeen.mail;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorSummaryTests {

	@Test
	void summarisesTheChainOfCausesOnOneLineWithoutClassNames() {
		MessagingException connect = new MessagingException(
				"Couldn't connect to host, port: localhost, 25; timeout 10000;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
				new ConnectException("Connection refused"));
		MailSendException failure = new MailSendException(
				"Mail server connection failed. Failed messages: org.eclipse.angus.mail.util.MailConnectException: Couldn't connect",
				connect);

		assertThat(ErrorSummary.of(failure)).isEqualTo("Mail server connection failed. Failed messages: Couldn't connect"
				+ " – Couldn't connect to host, port: localhost, 25; timeout 10000; – Connection refused");
	}

	@Test
	void namesTheExceptionWhenThereIsNoMessageAndCutsLongMessages() {
		assertThat(ErrorSummary.of(new IllegalStateException())).isEqualTo("IllegalStateException");
		String summary = ErrorSummary.of(new IllegalStateException("x".repeat(2000)));
		assertThat(summary).hasSize(ErrorSummary.MAX_LENGTH).endsWith("…");
	}

}
