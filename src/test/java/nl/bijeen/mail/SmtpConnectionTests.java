package nl.bijeen.mail;

import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One connection per batch, with a real SMTP server (GreenMail): every mail arrives with its own Message-ID,
 * the server going away fails the mail being sent as a passing failure (it is tried again later), and the next
 * mail opens a fresh connection once the server is back.
 */
class SmtpConnectionTests {

	private final JavaMailSenderImpl server = new JavaMailSenderImpl();

	@AfterEach
	void serverBack() {
		TestSmtp.startEmpty();
	}

	@Test
	void sendsABatchOverOneConnectionAndReconnectsAfterAFailure() throws Exception {
		TestSmtp.startEmpty();
		this.server.setHost("127.0.0.1");
		this.server.setPort(TestSmtp.port());
		try (SmtpConnection connection = new SmtpConnection(this.server)) {
			for (int i = 1; i <= 3; i++) {
				connection.send(mail(i));
			}
			List<MimeMessage> received = TestSmtp.received(3);
			assertThat(received).extracting(MimeMessage::getMessageID)
				.containsExactlyInAnyOrder("<m1@bijeen.test>", "<m2@bijeen.test>", "<m3@bijeen.test>");

			TestSmtp.stop();
			assertThatThrownBy(() -> connection.send(mail(4))).isInstanceOf(MailSendException.class)
				.satisfies(ex -> assertThat(Failures.isPermanent(ex)).isFalse());

			TestSmtp.startEmpty();
			connection.send(mail(5));
			assertThat(TestSmtp.received(1)).extracting(MimeMessage::getMessageID).containsExactly("<m5@bijeen.test>");
		}
	}

	private MimeMessage mail(int n) throws Exception {
		MimeMessage message = this.server.createMimeMessage();
		message.setFrom(new InternetAddress("bijeen@example.org"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("deelnemer" + n + "@example.org"));
		message.setSubject("Bevestiging " + n);
		message.setText("Tot ziens op de conferentie.", "UTF-8");
		message.setHeader("Message-ID", "<m" + n + "@bijeen.test>");
		return message;
	}

}
