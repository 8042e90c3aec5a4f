package nl.bijeen.mailings;

import java.time.LocalDateTime;

import nl.bijeen.common.Zones;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes queueing a mailing whose sending began longer than {@code bijeen.mailings.resume-after} ago and is still
 * SENDING (its instance stopped while queueing), on every instance: the row lock ({@code skip locked}) keeps two from
 * queueing the same batch. Off with {@code bijeen.mailings.jobs-enabled=false}.
 */
@Component
class MailingJobs {

	private static final Logger log = LoggerFactory.getLogger(MailingJobs.class);

	private final Mailings mailings;

	private final MailingSending sending;

	private final MailingsProperties properties;

	MailingJobs(Mailings mailings, MailingSending sending, MailingsProperties properties) {
		this.mailings = mailings;
		this.sending = sending;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	void resume() {
		if (!this.properties.isJobsEnabled()) {
			return;
		}
		try {
			for (Long id : this.mailings.stalled(LocalDateTime.now(Zones.AMSTERDAM).minus(this.properties.getResumeAfter()))) {
				int queued = this.sending.queueAll(id, true);
				log.info("Resumed mailing {}: {} more mails queued", id, queued);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Resuming a mailing failed; it is tried again at the next turn: {}", ex.toString());
		}
	}

}
