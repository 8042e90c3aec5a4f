package nl.bijeen.mail;

import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the mail server for the mails of one batch, instead of one per mail (connecting, the
 * greeting, TLS and authentication cost more than sending a short mail). Sends each mail on its own, so each
 * gets its own outcome, exactly as {@link JavaMailSenderImpl#send(MimeMessage)} would: the mail's own
 * Message-ID kept, a failure reported as a {@link MailSendException} with the server's answer as its cause.
 * After a failure the connection is closed and the next mail opens a fresh one. A sender that is not
 * {@link JavaMailSenderImpl} (a test's) sends each mail itself.
 */
final class SmtpConnection implements AutoCloseable {

	private final JavaMailSender sender;

	private Transport transport;

	SmtpConnection(JavaMailSender sender) {
		this.sender = sender;
	}

	void send(MimeMessage message) {
		if (!(this.sender instanceof JavaMailSenderImpl server)) {
			this.sender.send(message);
			return;
		}
		try {
			if (this.transport == null || !this.transport.isConnected()) {
				close();
				this.transport = server.getSession().getTransport(server.getProtocol() != null ? server.getProtocol() : "smtp");
				this.transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
			}
			if (message.getSentDate() == null) {
				message.setSentDate(new Date());
			}
			String messageId = message.getMessageID();
			message.saveChanges();
			if (messageId != null) {
				message.setHeader("Message-ID", messageId);
			}
			Address[] recipients = message.getAllRecipients();
			this.transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
		}
		catch (AuthenticationFailedException ex) {
			close();
			throw new MailAuthenticationException(ex);
		}
		catch (MessagingException | IllegalStateException ex) {
			close();
			throw new MailSendException("Sending the mail failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		Transport open = this.transport;
		this.transport = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (MessagingException ex) {
				// The connection is gone already; nothing to hand back.
			}
		}
	}

}
