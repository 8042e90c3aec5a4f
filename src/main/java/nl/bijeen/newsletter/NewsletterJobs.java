package nl.bijeen.newsletter;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the editions being sent, a batch per edition each {@code bijeen.newsletter.queue-interval} on every
 * instance (the edition's row lock keeps two from queueing the same batch), and deletes sign-ups never confirmed
 * (a delete that may run twice). Off with {@code bijeen.newsletter.jobs-enabled=false}.
 */
@Component
class NewsletterJobs {

	private static final Logger log = LoggerFactory.getLogger(NewsletterJobs.class);

	private final EditionSending sending;

	private final Subscribers subscribers;

	private final NewsletterProperties properties;

	NewsletterJobs(EditionSending sending, Subscribers subscribers, NewsletterProperties properties) {
		this.sending = sending;
		this.subscribers = subscribers;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${bijeen.newsletter.queue-interval:PT5S}", initialDelayString = "PT10S")
	void queue() {
		if (!this.properties.isJobsEnabled()) {
			return;
		}
		try {
			this.sending.queueNextBatch();
		}
		catch (RuntimeException ex) {
			log.warn("Queueing a newsletter batch failed; it is tried again at the next turn: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	void cleanUp() {
		if (!this.properties.isJobsEnabled()) {
			return;
		}
		try {
			int deleted = this.subscribers.deleteUnconfirmedBefore(
					Clock.systemUTC().instant().minus(this.properties.getUnconfirmedRetention()));
			if (deleted > 0) {
				log.info("Deleted {} newsletter sign-up(s) that were never confirmed", deleted);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Deleting unconfirmed newsletter sign-ups failed: {}", ex.toString());
		}
	}

}
