package nl.bijeen.privacy;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the privacy module ({@code bijeen.privacy.*}).
 */
@Validated
@ConfigurationProperties("bijeen.privacy")
public class PrivacyProperties {

	/**
	 * How long after its event a registration keeps its personal data before it is pseudonymised, unless the
	 * event's lead organisation chose another period.
	 */
	@NotNull
	private Period retention = Period.ofMonths(12);

	/**
	 * How often the retention job looks for registrations past their period.
	 */
	@NotNull
	private Duration jobInterval = Duration.ofHours(1);

	/**
	 * How long the record of handled internal events (which may name an address) is kept.
	 */
	@NotNull
	private Duration eventLogRetention = Duration.ofDays(30);

	public Period getRetention() {
		return this.retention;
	}

	public void setRetention(Period retention) {
		this.retention = retention;
	}

	public Duration getJobInterval() {
		return this.jobInterval;
	}

	public void setJobInterval(Duration jobInterval) {
		this.jobInterval = jobInterval;
	}

	public Duration getEventLogRetention() {
		return this.eventLogRetention;
	}

	public void setEventLogRetention(Duration eventLogRetention) {
		this.eventLogRetention = eventLogRetention;
	}

	/**
	 * The retention period in months (a period given in years counts twelve per year).
	 */
	public int retentionMonths() {
		return (int) this.retention.toTotalMonths();
	}

}
