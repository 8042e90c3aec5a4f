package nl.bijeen.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port, shared by the mail tests, that tests can stop and start
 * again to play an unreachable mail server.
 */
final class TestSmtp {

	private static final int PORT = freePort();

	private static GreenMail server;

	private TestSmtp() {
	}

	static int port() {
		return PORT;
	}

	/**
	 * Makes sure the server runs and has no mail.
	 */
	static synchronized void startEmpty() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not empty the test SMTP server", ex);
		}
	}

	static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/**
	 * The mails received, after waiting (at most a few seconds) until at least {@code expected} arrived.
	 */
	static List<MimeMessage> received(int expected) {
		GreenMail current;
		synchronized (TestSmtp.class) {
			current = server;
		}
		current.waitForIncomingEmail(5000, expected);
		return Arrays.asList(current.getReceivedMessages());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the test SMTP server", ex);
		}
	}

}
