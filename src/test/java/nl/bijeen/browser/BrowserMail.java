package nl.bijeen.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port for the browser tests, started once for the whole run (the
 * Spring context, shared by all browser test classes, points {@code spring.mail} at it).
 */
final class BrowserMail {

	private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/aanmelding/[A-Za-z0-9_-]+)");

	private static final Pattern PASSWORD_LINK = Pattern.compile("https?://[^/\\s]+(/wachtwoord/instellen/[A-Za-z0-9_-]+)");

	private static GreenMail server;

	private BrowserMail() {
	}

	static synchronized int port() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server.getSmtp().getPort();
	}

	/**
	 * The path of the personal link ({@code /aanmelding/...}) in the first mail to the address whose subject
	 * contains the given text, waiting up to 20 seconds for it to arrive through the outbox.
	 */
	static String personalLink(String to, String subject) {
		String text = waitFor(to, subject);
		Matcher link = PERSONAL_LINK.matcher(text);
		if (!link.find()) {
			throw new AssertionError("No personal link in the mail to " + to + ":\n" + text);
		}
		return link.group(1);
	}

	/**
	 * The path of the one-time link to set a password ({@code /wachtwoord/instellen/...}) in the first mail to the
	 * address whose subject contains the given text (an invitation or a reset), waiting for it as above.
	 */
	static String passwordLink(String to, String subject) {
		String text = waitFor(to, subject);
		Matcher link = PASSWORD_LINK.matcher(text);
		if (!link.find()) {
			throw new AssertionError("No link to set a password in the mail to " + to + ":\n" + text);
		}
		return link.group(1);
	}

	static String waitFor(String to, String subject) {
		port();
		long until = System.currentTimeMillis() + 20_000;
		try {
			while (System.currentTimeMillis() < until) {
				for (MimeMessage message : server.getReceivedMessages()) {
					if (message.getAllRecipients()[0].toString().contains(to)
							&& message.getSubject().contains(subject)) {
						return plainText(message);
					}
				}
				Thread.sleep(100);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the mails", ex);
		}
		throw new AssertionError("No mail '" + subject + "' to " + to);
	}

	private static String plainText(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
			return null;
		}
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			try (InputStream in = part.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the test SMTP server", ex);
		}
	}

}
