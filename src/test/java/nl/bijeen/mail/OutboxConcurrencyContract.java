package nl.bijeen.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one database send every mail exactly once. Runs on H2 and PostgreSQL.
 */
abstract class OutboxConcurrencyContract extends MailTestSupport {

	static final int MAILS = 100;

	@Test
	void twoInstancesRacingOverTheOutboxDeliverEveryMailExactlyOnce() throws Exception {
		this.transactions.executeWithoutResult(status -> IntStream.rangeClosed(1, MAILS)
			.forEach(i -> this.outbox.enqueue(mail("Mail " + i).withReference("race:" + i))));
		List<OutboxSender> senders = List.of(sender("node-a", Clock.systemUTC()), sender("node-b", Clock.systemUTC()));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(senders.size());
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (OutboxSender sender : senders) {
				results.add(executor.submit(() -> {
					start.await();
					int sent = 0;
					while (this.overview.countPending() > 0) {
						sent += sender.sendDue();
					}
					return sent;
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> result : results) {
				total += result.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(MAILS);
		}
		finally {
			executor.shutdownNow();
		}

		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : TestSmtp.received(MAILS)) {
			subjects.add(subject(message));
		}
		assertThat(subjects).hasSize(MAILS).doesNotHaveDuplicates();
		assertThat(this.overview.counts()).containsEntry(MailStatus.SENT, (long) MAILS);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
