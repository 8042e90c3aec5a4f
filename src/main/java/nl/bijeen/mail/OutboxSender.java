package nl.bijeen.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends due mails from the outbox: claims a batch for this instance in a short transaction, then sends
 * each mail outside any transaction and records the outcome. A failed attempt is retried after a growing
 * wait; after too many failures, or when the mail server refuses the recipient for good, the mail is given up
 * ({@code DEAD}). Delivery is at least once: a mail is
 * only sent again if an instance crashed (or lost its claim) before it could record the delivery; it then
 * carries the same Message-ID, so that the copy is recognisable.
 * <p>
 * The claim is a lease ({@link OutboxProperties#getClaimTimeout()}) that the sender renews for the rest of
 * its batch while it works, so that the mails of an instance that died are taken over once the lease runs
 * out. A failure to record the outcome of one mail (e.g. a database error) is logged and does not keep the
 * sender from the rest of its batch; that mail is sent again after its lease.
 */
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxMails mails;

	private final MailComposer composer;

	private final JavaMailSender mailSender;

	private final OutboxProperties properties;

	private final OutboxMetrics metrics;

	private final TransactionOperations transactions;

	private final String instanceId;

	private final Clock clock;

	private final Map<String, MailWriter> writers;

	private volatile boolean stopping;

	OutboxSender(OutboxMails mails, JavaMailSender mailSender, OutboxProperties properties, OutboxMetrics metrics,
			TransactionOperations transactions, String instanceId, Clock clock) {
		this(mails, mailSender, properties, metrics, transactions, instanceId, clock, List.of());
	}

	OutboxSender(OutboxMails mails, JavaMailSender mailSender, OutboxProperties properties, OutboxMetrics metrics,
			TransactionOperations transactions, String instanceId, Clock clock, List<MailWriter> writers) {
		this.writers = writers.stream().collect(Collectors.toUnmodifiableMap(MailWriter::name, w -> w));
		this.mails = mails;
		this.composer = new MailComposer(mailSender, properties);
		this.mailSender = mailSender;
		this.properties = properties;
		this.metrics = metrics;
		this.transactions = transactions;
		this.instanceId = instanceId;
		this.clock = clock;
	}

	String instanceId() {
		return this.instanceId;
	}

	/**
	 * Claims one batch of due mails and tries to send each.
	 * @return the number of mails sent, at most the batch size
	 */
	int sendDue() {
		Instant now = this.clock.instant();
		Instant until = now.plus(this.properties.getClaimTimeout());
		List<Long> claimed = this.transactions
			.execute(status -> this.mails.claim(this.instanceId, now, until, this.properties.getBatchSize()));
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		List<QueuedMail> batch = this.mails.load(claimed);
		Duration lease = this.properties.getClaimTimeout();
		Instant renewed = now;
		int sent = 0;
		try (SmtpConnection connection = new SmtpConnection(this.mailSender)) {
			for (int i = 0; i < batch.size(); i++) {
				QueuedMail mail = batch.get(i);
				if (this.stopping) {
					handBack(batch.subList(i, batch.size()));
					break;
				}
				try {
					Instant at = this.clock.instant();
					if (Duration.between(renewed, at).compareTo(lease.dividedBy(3)) >= 0) {
						this.mails.renew(batch.subList(i, batch.size()).stream().map(QueuedMail::id).toList(),
								this.instanceId, at.plus(lease));
						renewed = at;
					}
					if (send(mail, connection)) {
						sent++;
					}
				}
				catch (RuntimeException ex) {
					log.warn("Recording the outcome of mail {} failed; it is sent again (with the same Message-ID) once its "
							+ "claim runs out: {}", mail.id(), ErrorSummary.of(ex));
				}
			}
		}
		return sent;
	}

	/**
	 * Stops after the mail being sent now: the rest of the batch is handed back (due again at once, for any
	 * instance).
	 */
	void stop() {
		this.stopping = true;
	}

	/**
	 * Sends again after a {@link #stop()}: a stopped context can be started again (Spring pauses cached test
	 * contexts and restarts them), and its sender must not keep handing back every batch it claims.
	 */
	void resume() {
		this.stopping = false;
	}

	/**
	 * Hands back every claim of this instance; call once nothing is being sent any more.
	 * @return how many mails were handed back
	 */
	int releaseAll() {
		return this.mails.releaseAll(this.instanceId);
	}

	private void handBack(List<QueuedMail> unsent) {
		try {
			int released = this.mails.release(unsent.stream().map(QueuedMail::id).toList(), this.instanceId);
			log.info("Stopping: handed back {} claimed mail(s) for other instances", released);
		}
		catch (RuntimeException ex) {
			log.warn("Stopping: could not hand back {} claimed mail(s); they are sent after their claim runs out: {}",
					unsent.size(), ErrorSummary.of(ex));
		}
	}

	/**
	 * Deletes sent mails and given-up ones older than their retention periods.
	 */
	int deleteExpired() {
		Instant now = this.clock.instant();
		return this.mails.deleteSentBefore(now.minus(this.properties.getRetention()))
				+ this.mails.deleteDeadBefore(now.minus(this.properties.getFailedRetention()));
	}

	private boolean send(QueuedMail queued, SmtpConnection connection) {
		QueuedMail mail = queued;
		if (queued.deferred()) {
			Optional<QueuedMail> written;
			try {
				written = write(queued);
			}
			catch (RuntimeException ex) {
				recordFailure(queued, ex, false);
				return false;
			}
			if (written.isEmpty()) {
				return false;
			}
			mail = written.get();
		}
		MimeMessage message;
		try {
			message = this.composer.compose(mail);
		}
		catch (Exception ex) {
			// The stored mail itself is unusable: trying again will not help.
			recordFailure(mail, ex, true);
			return false;
		}
		try {
			connection.send(message);
		}
		catch (RuntimeException ex) {
			recordFailure(mail, ex, Failures.isPermanent(ex));
			return false;
		}
		if (this.mails.markSent(mail.id(), this.instanceId, this.clock.instant())) {
			this.metrics.sent();
		}
		else {
			log.warn("Mail {} was sent, but its claim by {} had expired and was taken over", mail.id(), this.instanceId);
		}
		return true;
	}

	/**
	 * Has the mail's writer write its content and stores that, so that later attempts send the same mail.
	 * @return the written mail, or empty when there is nothing to send any more or the claim was lost
	 */
	private Optional<QueuedMail> write(QueuedMail mail) {
		MailWriter writer = this.writers.get(mail.writer());
		if (writer == null) {
			throw new IllegalStateException("No mail writer named " + mail.writer());
		}
		Optional<OutgoingMail> written = writer.write(mail.payload());
		if (written.isEmpty()) {
			if (this.mails.discard(mail.id(), this.instanceId)) {
				log.info("Mail {} was no longer needed and is removed from the outbox", mail.id());
			}
			return Optional.empty();
		}
		Boolean stored = this.transactions
			.execute(status -> this.mails.written(mail.id(), this.instanceId, written.get()));
		return Boolean.TRUE.equals(stored) ? Optional.of(mail.with(written.get())) : Optional.empty();
	}

	private void recordFailure(QueuedMail mail, Exception ex, boolean permanent) {
		int attempts = mail.attempts() + 1;
		boolean dead = permanent || attempts >= this.properties.getMaxAttempts();
		Instant now = this.clock.instant();
		Instant next = dead ? now : now.plus(Backoff.of(this.properties).after(attempts));
		String error = ErrorSummary.of(ex);
		this.metrics.failed();
		if (!this.mails.markFailed(mail.id(), this.instanceId, attempts, dead ? MailStatus.DEAD : MailStatus.PENDING,
				next, error)) {
			return;
		}
		if (dead) {
			this.metrics.dead();
			log.error("Gave up mail {} after {} attempt(s): {}", mail.id(), attempts, error);
		}
		else {
			log.warn("Attempt {} to send mail {} failed, next attempt at {}: {}", attempts, mail.id(), next, error);
		}
	}

}
