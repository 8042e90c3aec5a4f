package nl.bijeen.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the audit log is kept.
 */
@ConfigurationProperties("bijeen.audit")
public class AuditProperties {

	/**
	 * How long an audit log entry is kept; older entries are removed by a scheduled job.
	 */
	private Duration retention = Duration.ofDays(365);

	/**
	 * Whether this instance runs the removal of old entries (every instance may: each entry is removed once).
	 */
	private boolean jobsEnabled = true;

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

	public boolean isJobsEnabled() {
		return this.jobsEnabled;
	}

	public void setJobsEnabled(boolean jobsEnabled) {
		this.jobsEnabled = jobsEnabled;
	}

}
