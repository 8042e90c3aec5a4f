package nl.bijeen.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends editions. {@link #start} turns a draft into SENDING once (a conditional update: a second click, on any
 * instance, finds no draft). {@link #queueNextBatch} then queues one mail per recipient, a batch of subscribers
 * at a time in subscriber id order (keyset: never the whole list in memory), each batch in one transaction with
 * the edition's cursor, while the edition's row is locked ({@code for update skip locked}: instances never queue
 * the same batch). Each mail is deferred: its personal text is written by {@link NewsletterMailWriter} when the
 * outbox sends it, and its reference ({@code newsletter:EDITION:SUBSCRIBER}) keeps it unique in the outbox.
 */
@Service
public class EditionSending {

	private static final Logger log = LoggerFactory.getLogger(EditionSending.class);

	private final Editions editions;

	private final Subscribers subscribers;

	private final Outbox outbox;

	private final NewsletterProperties properties;

	private final NewsletterMailWriter writer;

	private final Clock clock = Clock.systemUTC();

	EditionSending(Editions editions, Subscribers subscribers, Outbox outbox, NewsletterProperties properties,
			NewsletterMailWriter writer) {
		this.editions = editions;
		this.subscribers = subscribers;
		this.outbox = outbox;
		this.properties = properties;
		this.writer = writer;
	}

	/** Starts sending a draft; false when it was started already (or is no draft). */
	@Transactional
	public boolean start(Edition edition) {
		return this.editions.startSending(edition.id(), this.clock.instant());
	}

	/** How many confirmed subscribers the edition would go to now. */
	@Transactional(readOnly = true)
	public long recipients(Edition edition) {
		return this.subscribers.countRecipients(edition.id());
	}

	/** Queues a test of the edition to the organiser, with links that lead to the sign-up page. */
	@Transactional
	public void test(Edition edition, String to) {
		OutgoingMail mail = this.writer.test(edition, to);
		this.outbox.enqueue(mail);
	}

	/**
	 * Queues the next batch of one edition being sent, when the outbox has room for it.
	 * @return the number of mails queued (0: nothing to do, no room, or another instance holds every edition)
	 */
	@Transactional
	public int queueNextBatch() {
		if (this.outbox.countQueued(NewsletterMailWriter.NAME) >= this.properties.getMaxQueued()) {
			return 0;
		}
		Optional<long[]> claimed = this.editions.claimSending();
		if (claimed.isEmpty()) {
			return 0;
		}
		long edition = claimed.get()[0];
		long cursor = claimed.get()[1];
		int size = Math.max(1, this.properties.getBatchSize());
		List<Subscriber> batch = this.subscribers.recipients(edition, cursor, size);
		for (Subscriber s : batch) {
			this.outbox.enqueue(new DeferredMail(s.email(), NewsletterMailWriter.NAME,
					NewsletterMailWriter.editionPayload(edition, s.id()), "newsletter:" + edition + ":" + s.id(),
					s.preferredLocale()));
		}
		boolean done = batch.size() < size;
		Instant now = this.clock.instant();
		this.editions.advance(edition, batch.isEmpty() ? cursor : batch.get(batch.size() - 1).id(), batch.size(), done,
				now);
		if (done) {
			log.info("Newsletter edition {} is queued in full", edition);
		}
		return batch.size();
	}

}
