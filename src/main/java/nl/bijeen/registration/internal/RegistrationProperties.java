package nl.bijeen.registration.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of registration for the whole installation.
 */
@ConfigurationProperties("bijeen.registration")
public class RegistrationProperties {

	/**
	 * How many registrations (form posts and API calls) one client address may submit per period.
	 */
	private int rateLimit = 10;

	/**
	 * The period of the rate limit.
	 */
	private Duration ratePeriod = Duration.ofMinutes(1);

	/**
	 * How many client addresses the rate limiter remembers at most (the oldest are forgotten first).
	 */
	private int rateLimitClients = 10_000;

	/**
	 * Whether the scheduled jobs run: expiring offers, reminders and meeting links.
	 */
	private boolean jobsEnabled = true;

	public int getRateLimit() {
		return this.rateLimit;
	}

	public void setRateLimit(int rateLimit) {
		this.rateLimit = rateLimit;
	}

	public Duration getRatePeriod() {
		return this.ratePeriod;
	}

	public void setRatePeriod(Duration ratePeriod) {
		this.ratePeriod = ratePeriod;
	}

	public int getRateLimitClients() {
		return this.rateLimitClients;
	}

	public void setRateLimitClients(int rateLimitClients) {
		this.rateLimitClients = rateLimitClients;
	}

	public boolean isJobsEnabled() {
		return this.jobsEnabled;
	}

	public void setJobsEnabled(boolean jobsEnabled) {
		this.jobsEnabled = jobsEnabled;
	}

}
