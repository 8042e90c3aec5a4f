package nl.bijeen.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mails are stored exactly when the caller's transaction commits, and delivered as complete multipart
 * messages. Runs on H2 and PostgreSQL.
 */
abstract class OutboxDeliveryContract extends MailTestSupport {

	static final String SUBJECT = "Bevestiging: Één dag over café-inclusie – tot ziens! 🎉";

	@Test
	void storesNothingWhenTheCallersTransactionRollsBack() {
		this.transactions.executeWithoutResult(status -> {
			assertThat(this.outbox.enqueue(mail("Teruggedraaid"))).isTrue();
			status.setRollbackOnly();
		});
		assertThat(count()).isZero();
		assertThat(this.sender.sendDue()).isZero();
		assertThat(TestSmtp.received(0)).isEmpty();
	}

	@Test
	void refusesToEnqueueOutsideATransaction() {
		assertThatThrownBy(() -> this.outbox.enqueue(mail("Zonder transactie")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count()).isZero();
	}

	@Test
	void deliversACommittedMailWithTextHtmlAndAttachment() throws Exception {
		byte[] invitation = "BEGIN:VCALENDAR\r\nSUMMARY:Café-inclusie\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		OutgoingMail mail = OutgoingMail
			.of("jan.de.vries@example.org", "Jan de Vriës", SUBJECT, "Beste Jan,\n\nU bent aangemeld voor café-inclusie.")
			.withHtml("<p>Beste Jan,</p><p>U bent aangemeld voor <strong>café-inclusie</strong>.</p>")
			.withAttachment(new Attachment("uitnodiging.ics", "text/calendar; charset=UTF-8", invitation))
			.withReference("registration:1:confirmation");

		assertThat(enqueueCommitted(mail)).isTrue();
		long id = idOf(SUBJECT);
		assertThat(row(id).status()).isEqualTo(MailStatus.PENDING);

		assertThat(this.sender.sendDue()).isEqualTo(1);

		List<MimeMessage> received = TestSmtp.received(1);
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		assertThat(message.getSubject()).isEqualTo(SUBJECT);
		InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
		assertThat(to.getAddress()).isEqualTo("jan.de.vries@example.org");
		assertThat(to.getPersonal()).isEqualTo("Jan de Vriës");
		InternetAddress from = (InternetAddress) message.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("agenda@bijeen.test");
		assertThat(from.getPersonal()).isEqualTo("Bijeen Agenda");
		assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("organisatie@bijeen.test");

		List<Part> parts = leaves(message);
		assertThat(textOf(parts, "text/plain")).contains("U bent aangemeld voor café-inclusie.");
		assertThat(textOf(parts, "text/html")).contains("<strong>café-inclusie</strong>");
		Part attachment = parts.stream().filter(p -> isAttachment(p)).findFirst().orElseThrow();
		assertThat(attachment.getFileName()).isEqualTo("uitnodiging.ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(invitation);

		Row row = row(id);
		assertThat(row.status()).isEqualTo(MailStatus.SENT);
		assertThat(row.sentAt()).isNotNull();
		assertThat(row.claimedBy()).isNull();
		assertThat(this.sender.sendDue()).as("nothing left to send").isZero();
	}

	@Test
	void sendsPlainTextOnlyMailsAsSinglePart() throws Exception {
		enqueueCommitted(mail("Alleen tekst"));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		MimeMessage message = TestSmtp.received(1).get(0);
		assertThat(message.isMimeType("text/plain")).isTrue();
		assertThat(message.getContentType()).containsIgnoringCase("UTF-8");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
	}

	@Test
	void queuesAMailWithAKnownReferenceOnlyOnceWithoutSpoilingTheCallersTransaction() {
		OutgoingMail first = mail("Eerste bevestiging").withReference("registration:7:confirmation");
		OutgoingMail again = mail("Tweede bevestiging").withReference("registration:7:confirmation");
		assertThat(enqueueCommitted(first)).isTrue();

		boolean queuedAgain = this.transactions.execute(status -> {
			boolean result = this.outbox.enqueue(again);
			// The transaction must still be usable after the ignored duplicate (PostgreSQL aborts on errors).
			this.outbox.enqueue(mail("Iets anders in dezelfde transactie"));
			return result;
		});

		assertThat(queuedAgain).isFalse();
		assertThat(count()).isEqualTo(2);
		assertThat(this.sender.sendDue()).isEqualTo(2);
		assertThat(TestSmtp.received(2)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Eerste bevestiging", "Iets anders in dezelfde transactie");
		assertThat(enqueueCommitted(again)).as("also after the first was sent").isFalse();
		assertThat(this.sender.sendDue()).isZero();
	}

	@Test
	void theBackgroundPollerSendsDueMailsByItself() {
		OutboxProperties fast = new OutboxProperties();
		fast.setPollInterval(Duration.ofMillis(50));
		fast.setBatchSize(2);
		OutboxPoller poller = new OutboxPoller(this.sender, fast);
		poller.start();
		try {
			for (int i = 1; i <= 5; i++) {
				enqueueCommitted(mail("Vanzelf " + i));
			}
			assertThat(TestSmtp.received(5)).hasSize(5);
		}
		finally {
			poller.stop();
		}
		assertThat(poller.isRunning()).isFalse();
		// This poller stopped the context's own sender: the next tests call it directly, so it sends again.
		this.sender.resume();
		assertThat(this.overview.counts()).containsEntry(MailStatus.SENT, 5L);
	}

	private static List<Part> leaves(Part part) throws MessagingException, IOException {
		List<Part> leaves = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				leaves.addAll(leaves(child));
			}
		}
		else {
			leaves.add(part);
		}
		return leaves;
	}

	private static String textOf(List<Part> parts, String mimeType) throws MessagingException, IOException {
		for (Part part : parts) {
			if (part.isMimeType(mimeType) && !isAttachment(part)) {
				assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
				return (String) part.getContent();
			}
		}
		throw new AssertionError("No " + mimeType + " part");
	}

	private static boolean isAttachment(Part part) {
		try {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
