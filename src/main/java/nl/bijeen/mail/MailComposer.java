package nl.bijeen.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a queued mail into a MIME message: UTF-8 plain text with an HTML alternative when there is one,
 * attachments, the configured sender address with the mail's own sender name and reply-to address (or else
 * the configured ones), and the mail's stored Message-ID.
 */
class MailComposer {

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private final JavaMailSender mailSender;

	private final OutboxProperties properties;

	MailComposer(JavaMailSender mailSender, OutboxProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	MimeMessage compose(QueuedMail mail) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.mailSender.createMimeMessage();
		boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO,
				UTF_8);
		// The platform's address stays the sender address; the name and the reply-to address may be the
		// organiser's (a mail in the name of the organising organisation).
		String fromName = (mail.fromName() != null) ? mail.fromName() : this.properties.getFromName();
		helper.setFrom(new InternetAddress(this.properties.getFrom(), fromName, UTF_8));
		String replyTo = (mail.replyTo() != null) ? mail.replyTo() : this.properties.getReplyTo();
		if (replyTo != null && !replyTo.isBlank()) {
			helper.setReplyTo(replyTo);
		}
		helper.setTo(new InternetAddress(mail.to(), mail.toName(), UTF_8));
		helper.setSubject(mail.subject());
		if (mail.html() != null) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text());
		}
		for (Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		// RFC 3834: tells mail servers and auto-responders that no person sent this mail.
		message.setHeader("Auto-Submitted", "auto-generated");
		if (mail.locale() != null) {
			message.setHeader("Content-Language", mail.locale());
		}
		for (var header : MailHeaders.decode(mail.headers()).entrySet()) {
			// Folded at spaces to keep lines short (RFC 5322); readers unfold them.
			message.setHeader(header.getKey(),
					jakarta.mail.internet.MimeUtility.fold(header.getKey().length() + 2, header.getValue()));
		}
		if (mail.messageId() != null) {
			// The mail's own Message-ID, the same on every attempt (JavaMailSenderImpl keeps one set here).
			message.setHeader("Message-ID", mail.messageId());
		}
		return message;
	}

}
