package nl.bijeen.audit;

import java.time.LocalDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes audit log entries older than the retention period, every hour. Safe on several instances at once:
 * one delete statement per run, each entry is removed by exactly one of them.
 */
@Component
class AuditRetention {

	private final AuditEntries entries;

	private final AuditProperties properties;

	AuditRetention(AuditEntries entries, AuditProperties properties) {
		this.entries = entries;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${bijeen.audit.purge-interval:PT1H}", initialDelayString = "PT1M")
	void scheduled() {
		if (this.properties.isJobsEnabled()) {
			purge(AuditLog.now());
		}
	}

	/**
	 * Removes what is older than the retention period at {@code now}.
	 * @return how many entries were removed
	 */
	@Transactional
	int purge(LocalDateTime now) {
		return this.entries.deleteBefore(now.minus(this.properties.getRetention()));
	}

}
