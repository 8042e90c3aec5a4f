package nl.bijeen.privacy;

import java.time.LocalDateTime;

import nl.bijeen.common.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Retention} on every instance every {@code bijeen.privacy.job-interval}; the claims make it safe.
 * Off where the registration jobs are off ({@code bijeen.registration.jobs-enabled=false}, as in tests), unless
 * {@code bijeen.privacy.jobs-enabled} says otherwise.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final Retention retention;

	private final boolean enabled;

	RetentionJob(Retention retention,
			@Value("${bijeen.privacy.jobs-enabled:${bijeen.registration.jobs-enabled:true}}") boolean enabled) {
		this.retention = retention;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${bijeen.privacy.job-interval:PT1H}", initialDelayString = "PT2M")
	void scheduled() {
		if (!this.enabled) {
			return;
		}
		try {
			this.retention.run(LocalDateTime.now(Zones.AMSTERDAM));
		}
		catch (RuntimeException ex) {
			log.warn("The retention job failed; it runs again at its next turn: {}", ex.toString());
		}
	}

}
