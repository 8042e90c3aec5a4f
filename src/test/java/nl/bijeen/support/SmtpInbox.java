package nl.bijeen.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for full-context mail tests, as a JUnit 5 extension: started before the
 * first test of a class, emptied before every test, stopped after the class. Register it on a static field
 * with the port the test context sends mail to:
 * <pre>
 * &#64;RegisterExtension
 * static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);
 * </pre>
 * It also reads the mails it received: the first mail to an address with a subject (waiting for it), the
 * text and HTML bodies, the personal link and the calendar files attached.
 */
public final class SmtpInbox implements BeforeEachCallback, AfterAllCallback {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/aanmelding/[A-Za-z0-9_-]+)");

	private static final long WAIT_MILLIS = 20_000;

	private final int port;

	private GreenMail smtp;

	public SmtpInbox(int port) {
		this.port = port;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		start();
		purge();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	/** Starts the server unless it runs (e.g. again after {@link #stop()}, to test a mail server that is down). */
	public void start() {
		if (this.smtp == null) {
			this.smtp = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.smtp.start();
		}
	}

	/** Stops the server; mail sent now fails to be delivered. */
	public void stop() {
		if (this.smtp != null) {
			this.smtp.stop();
			this.smtp = null;
		}
	}

	/** Forgets every mail received so far. */
	public void purge() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not empty the test SMTP server", ex);
		}
	}

	/** Every mail received so far. */
	public List<MimeMessage> messages() {
		return Arrays.asList(server().getReceivedMessages());
	}

	/**
	 * The first mail to the address whose subject contains the text, waiting up to 20 seconds for it.
	 */
	public MimeMessage receive(String to, String subject) throws Exception {
		long until = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < until) {
			for (MimeMessage message : server().getReceivedMessages()) {
				if (matches(message, to, subject)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail '" + subject + "' to " + to);
	}

	/** How many mails to the address whose subject contains the text arrived so far (no waiting). */
	public long count(String to, String subject) {
		return messages().stream().filter(m -> matches(m, to, subject)).count();
	}

	private static boolean matches(MimeMessage message, String to, String subject) {
		try {
			return message.getAllRecipients()[0].toString().contains(to) && message.getSubject().contains(subject);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GreenMail server() {
		if (this.smtp == null) {
			throw new IllegalStateException("The test SMTP server runs only during the tests of a class");
		}
		return this.smtp;
	}

	/** The plain text of the mail (not an attachment). */
	public static String text(Part mail) throws Exception {
		return body(mail, "text/plain");
	}

	/** The HTML of the mail (not an attachment). */
	public static String html(Part mail) throws Exception {
		return body(mail, "text/html");
	}

	/** The body of the given type that is not an attachment. */
	public static String body(Part mail, String type) throws Exception {
		for (Part part : leaves(mail)) {
			if (part.isMimeType(type) && fileName(part) == null) {
				return content(part);
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	/** The attachment with this file name, as text. */
	public static String attachment(Part mail, String name) throws Exception {
		for (Part part : leaves(mail)) {
			if (name.equals(fileName(part))) {
				return content(part);
			}
		}
		throw new AssertionError("No attachment " + name);
	}

	/** The personal link path ({@code /aanmelding/...}) in the mail's text. */
	public static String personalLink(Part mail) throws Exception {
		Matcher link = LINK.matcher(text(mail));
		if (!link.find()) {
			throw new AssertionError("No personal link in the mail");
		}
		return link.group(1);
	}

	/** The calendar files attached to the mail, as text. */
	public static List<String> calendars(Part mail) throws Exception {
		List<String> calendars = new ArrayList<>();
		for (Part part : leaves(mail)) {
			if (part.isMimeType("text/calendar")) {
				calendars.add(content(part));
			}
		}
		return calendars;
	}

	/** The parts of the mail that are not multipart themselves, in order. */
	public static List<Part> leaves(Part part) throws Exception {
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

	/** The part's file name, or {@code null}. */
	public static String fileName(Part part) {
		try {
			return part.getFileName();
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static String content(Part part) throws Exception {
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
