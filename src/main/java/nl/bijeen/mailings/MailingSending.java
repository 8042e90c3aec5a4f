package nl.bijeen.mailings;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.bijeen.common.Zones;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;
import nl.bijeen.registration.MailingRecipients.Recipient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mailing once. {@link #send} turns the draft into SENDING with a conditional update (a second click, on any
 * instance, finds no draft) and then queues one deferred mail per recipient, resolved now, a batch at a time
 * ({@link #queueBatch}: the mailing's row locked, the recipients after its cursor, the mails and the new cursor in
 * one transaction). Each mail's reference {@code mailing:<mailing>:<registration>} keeps it unique in the outbox.
 */
@Service
class MailingSending {

	private static final Logger log = LoggerFactory.getLogger(MailingSending.class);

	private final Mailings mailings;

	private final MailingAudiences audiences;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final MailingsProperties properties;

	MailingSending(Mailings mailings, MailingAudiences audiences, Outbox outbox, TransactionTemplate transactions,
			MailingsProperties properties) {
		this.mailings = mailings;
		this.audiences = audiences;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Sends the draft: false when it was no draft (sent already, or being sent by another click or instance).
	 */
	boolean send(Mailing mailing, String by) {
		LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
		Boolean started = this.transactions.execute(status -> this.mailings.start(mailing.id(), by, now));
		if (!Boolean.TRUE.equals(started)) {
			return false;
		}
		queueAll(mailing.id(), false);
		return true;
	}

	/**
	 * Queues the batches of a mailing being sent until all are queued (or, with {@code skipLocked}, until another
	 * instance holds it).
	 * @return how many mails were queued now
	 */
	int queueAll(long mailingId, boolean skipLocked) {
		int total = 0;
		while (true) {
			Optional<Integer> queued = queueBatch(mailingId, skipLocked);
			if (queued.isEmpty()) {
				return total;
			}
			total += queued.get();
		}
	}

	/**
	 * Queues the next batch of the mailing; empty when it is not (or no longer) being sent.
	 */
	Optional<Integer> queueBatch(long mailingId, boolean skipLocked) {
		return this.transactions.execute(status -> {
			Optional<Mailing> claimed = this.mailings.claim(mailingId, skipLocked);
			if (claimed.isEmpty()) {
				return Optional.<Integer>empty();
			}
			Mailing m = claimed.get();
			int size = this.properties.getBatchSize();
			Optional<MailingAudiences.Page> page = this.audiences.page(m.eventId(), m.audience(), m.sessionId(),
					m.queuedUpTo(), size);
			if (page.isEmpty()) {
				this.mailings.advance(m.id(), m.queuedUpTo(), 0, true);
				log.info("Mailing {} of event {} is queued in full: {} mails", m.id(), m.eventId(), m.recipients());
				return Optional.of(0);
			}
			for (Recipient r : page.get().recipients()) {
				this.outbox.enqueue(new DeferredMail(r.email(), MailingMailWriter.NAME,
						MailingMailWriter.payload(m.id(), r.registrationId()), m.referencePrefix() + r.registrationId(),
						r.locale(), m.eventId()));
			}
			this.mailings.advance(m.id(), page.get().cursor(), page.get().recipients().size(), page.get().last());
			return Optional.of(page.get().recipients().size());
		});
	}

}
