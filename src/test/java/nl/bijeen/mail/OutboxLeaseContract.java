package nl.bijeen.mail;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail under faults: every mail keeps one Message-ID across attempts, so a copy sent again after a crash
 * is recognisable; a living sender renews its claim while a dead one's runs out within the lease; one
 * failed status update does not strand the rest of a claimed batch. Real SMTP (GreenMail) and a real
 * database, H2 and PostgreSQL.
 */
abstract class OutboxLeaseContract extends MailTestSupport {

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void theDefaultLeaseLetsAnotherInstanceTakeOverWithinAMinute() {
		OutboxProperties defaults = new OutboxProperties();
		assertThat(defaults.getClaimTimeout().plus(defaults.getPollInterval())).isLessThanOrEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aMailSentAgainAfterACrashKeepsItsMessageId() throws Exception {
		enqueueCommitted(mail("Bevestiging"));
		long id = idOf("Bevestiging");
		String stored = messageId(id);
		assertThat(stored).matches("<[^<>@\\s]+@bijeen\\.test>");
		MutableClock clock = new MutableClock(Instant.now());
		// Delivered, but the instance dies before it records that.
		OutboxSender crashing = new OutboxSender(failingMarkSent(Set.of(id)), this.mailSender, this.properties,
				this.metrics, this.transactions, "crashing", clock);
		crashing.sendDue();
		assertThat(row(id).status()).isEqualTo(MailStatus.SENDING);

		OutboxSender survivor = sender("survivor", clock);
		clock.advance(this.properties.getClaimTimeout().minusSeconds(1));
		assertThat(survivor.sendDue()).as("the claim holds for the lease").isZero();
		clock.advance(Duration.ofSeconds(2));
		assertThat(survivor.sendDue()).as("taken over once the lease ran out").isEqualTo(1);
		assertThat(row(id).status()).isEqualTo(MailStatus.SENT);

		List<MimeMessage> received = TestSmtp.received(2);
		assertThat(received).hasSize(2);
		assertThat(received.get(0).getMessageID()).isEqualTo(stored);
		assertThat(received.get(1).getMessageID()).as("the copy is recognisable as the same mail").isEqualTo(stored);
	}

	@Test
	void everyMailHasAMessageIdOfItsOwn() throws Exception {
		enqueueCommitted(mail("Een"));
		enqueueCommitted(mail("Twee"));
		assertThat(messageId(idOf("Een"))).isNotBlank().isNotEqualTo(messageId(idOf("Twee")));
		this.sender.sendDue();
		assertThat(TestSmtp.received(2)).extracting(MimeMessage::getMessageID)
			.containsExactlyInAnyOrder(messageId(idOf("Een")), messageId(idOf("Twee")));
	}

	@Test
	void oneFailedStatusUpdateDoesNotStrandTheRestOfTheBatch() throws Exception {
		enqueueCommitted(mail("Eerste"));
		enqueueCommitted(mail("Tweede"));
		enqueueCommitted(mail("Derde"));
		long first = idOf("Eerste");
		long second = idOf("Tweede");
		long third = idOf("Derde");
		MutableClock clock = new MutableClock(Instant.now());
		OutboxSender sender = new OutboxSender(failingMarkSent(Set.of(second)), this.mailSender, this.properties,
				this.metrics, this.transactions, "half-failing", clock);

		sender.sendDue();

		assertThat(row(first).status()).isEqualTo(MailStatus.SENT);
		assertThat(row(third).status()).as("the mail after the failed update is sent and recorded")
			.isEqualTo(MailStatus.SENT);
		assertThat(row(second).status()).isEqualTo(MailStatus.SENDING);
		assertThat(TestSmtp.received(3)).hasSize(3);

		clock.advance(this.properties.getClaimTimeout().plusSeconds(1));
		assertThat(sender("survivor", clock).sendDue()).isEqualTo(1);
		assertThat(row(second).status()).isEqualTo(MailStatus.SENT);
		List<String> ids = new ArrayList<>();
		for (MimeMessage message : TestSmtp.received(4)) {
			ids.add(message.getMessageID());
		}
		assertThat(ids).hasSize(4).filteredOn(messageId(second)::equals).hasSize(2);
	}

	@Test
	void aLivingSenderRenewsItsClaimWhileItWorks() throws Exception {
		for (int i = 0; i < 3; i++) {
			enqueueCommitted(mail("Traag " + i));
		}
		MutableClock clock = new MutableClock(Instant.now());
		Duration slow = this.properties.getClaimTimeout().multipliedBy(2).dividedBy(3);
		OutboxSender survivor = sender("survivor", clock);
		List<Integer> takenOver = new ArrayList<>();
		// Each mail takes two thirds of the lease: without renewal, the third would start after the lease.
		JavaMailSender slowServer = new DelegatingMailSender(this.mailSender) {
			@Override
			public void send(MimeMessage... messages) {
				clock.advance(slow);
				takenOver.add(survivor.sendDue());
				super.send(messages);
			}
		};
		OutboxSender working = new OutboxSender(this.mails, slowServer, this.properties, this.metrics,
				this.transactions, "working", clock);

		assertThat(working.sendDue()).isEqualTo(3);
		assertThat(takenOver).as("another instance takes nothing over from a sender at work").containsExactly(0, 0, 0);
		assertThat(TestSmtp.received(3)).hasSize(3);
	}

	@Test
	void aStoppingSenderHandsBackWhatItHasNotSentForOthersToSendAtOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			enqueueCommitted(mail("Stoppend " + i));
		}
		MutableClock clock = new MutableClock(Instant.now());
		List<OutboxSender> stopping = new ArrayList<>();
		// The instance is told to stop while it sends the first mail of its batch.
		JavaMailSender server = new DelegatingMailSender(this.mailSender) {
			@Override
			public void send(MimeMessage... messages) {
				stopping.get(0).stop();
				super.send(messages);
			}
		};
		stopping.add(new OutboxSender(this.mails, server, this.properties, this.metrics, this.transactions,
				"stopping", clock));

		assertThat(stopping.get(0).sendDue()).as("the mail in progress is finished").isEqualTo(1);
		assertThat(row(idOf("Stoppend 1")).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(idOf("Stoppend 2")).status()).isEqualTo(MailStatus.PENDING);
		assertThat(sender("other", clock).sendDue()).as("handed back: sent at once, not after the lease").isEqualTo(2);
		assertThat(TestSmtp.received(3)).hasSize(3);
	}

	@Test
	void aSenderThatStoppedHandsBackEveryClaimItStillHolds() {
		enqueueCommitted(mail("Geclaimd"));
		Instant now = Instant.now();
		this.transactions.executeWithoutResult(status -> this.mails.claim("stopped", now,
				now.plus(this.properties.getClaimTimeout()), 10));
		assertThat(row(idOf("Geclaimd")).status()).isEqualTo(MailStatus.SENDING);

		assertThat(sender("stopped", new MutableClock(now)).releaseAll()).isEqualTo(1);
		assertThat(row(idOf("Geclaimd")).status()).isEqualTo(MailStatus.PENDING);
		assertThat(sender("other", new MutableClock(now)).sendDue()).isEqualTo(1);
	}

	private String messageId(long id) {
		return this.jdbc.sql("select message_id from mail_outbox where id = ?").param(id).query(String.class).single();
	}

	/**
	 * The outbox as seen by an instance whose database fails when it records these mails as sent.
	 */
	private OutboxMails failingMarkSent(Set<Long> failing) {
		return new OutboxMails(JdbcClient.create(this.jdbcTemplate), this.jdbcTemplate, this.properties) {
			@Override
			boolean markSent(long id, String instance, Instant now) {
				if (failing.contains(id)) {
					throw new DataAccessResourceFailureException("Connection to the database lost");
				}
				return super.markSent(id, instance, now);
			}
		};
	}

	/**
	 * A mail sender that passes everything on to another.
	 */
	static class DelegatingMailSender implements JavaMailSender {

		private final JavaMailSender target;

		DelegatingMailSender(JavaMailSender target) {
			this.target = target;
		}

		@Override
		public MimeMessage createMimeMessage() {
			return this.target.createMimeMessage();
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			return this.target.createMimeMessage(contentStream);
		}

		@Override
		public void send(MimeMessage... mimeMessages) {
			this.target.send(mimeMessages);
		}

		@Override
		public void send(SimpleMailMessage... simpleMessages) {
			this.target.send(simpleMessages);
		}

	}

}
