package nl.bijeen.registration.mail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on the registration tests' port, and what tests read from the mails it
 * received.
 */
final class Inbox {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/aanmelding/[A-Za-z0-9_-]+)");

	private final GreenMail smtp;

	Inbox(int port) {
		this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	void purge() throws Exception {
		this.smtp.purgeEmailFromAllMailboxes();
	}

	void stop() {
		this.smtp.stop();
	}

	/**
	 * The first mail to the address whose subject contains the text, waiting up to 20 seconds for it.
	 */
	MimeMessage receive(String to, String subject) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			for (MimeMessage message : this.smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().contains(to) && message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail '" + subject + "' to " + to);
	}

	static String text(MimeMessage mail) throws Exception {
		return body(leaves(mail), "text/plain");
	}

	static String html(MimeMessage mail) throws Exception {
		return body(leaves(mail), "text/html");
	}

	/**
	 * The personal link path ({@code /aanmelding/...}) in the mail's text.
	 */
	static String personalLink(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(text(mail));
		if (!link.find()) {
			throw new AssertionError("No personal link in the mail '" + mail.getSubject() + "'");
		}
		return link.group(1);
	}

	/**
	 * The calendar files attached to the mail, as text.
	 */
	static List<String> calendars(MimeMessage mail) throws Exception {
		List<String> calendars = new ArrayList<>();
		for (Part part : leaves(mail)) {
			if (part.isMimeType("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					calendars.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return calendars;
	}

	private static List<Part> leaves(Part part) throws Exception {
		List<Part> leaves = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				leaves.addAll(leaves(multipart.getBodyPart(i)));
			}
		}
		else {
			leaves.add(part);
		}
		return leaves;
	}

	private static String body(List<Part> parts, String type) throws Exception {
		for (Part part : parts) {
			if (part.isMimeType(type) && fileName(part) == null) {
				try (InputStream in = part.getInputStream()) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private static String fileName(Part part) {
		try {
			return part.getFileName();
		}
		catch (Exception ex) {
			return null;
		}
	}

}
