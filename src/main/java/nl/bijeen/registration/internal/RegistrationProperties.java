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

	/**
	 * How long an instance keeps what registering for an event reads (the event, its registration settings,
	 * rounds and questions) at most before reading it again. Changes made through any instance take effect
	 * at once (each instance checks the event's version in the database before it uses its copy); this bounds
	 * how long a change made directly in the database may go unseen. Zero reads everything for every
	 * registration.
	 */
	private Duration contextCacheTtl = Duration.ofSeconds(2);

	/**
	 * The largest number of registrations stored together in one transaction when many arrive at once.
	 * One stores each registration in a transaction of its own.
	 */
	private int maxBatchSize = 64;

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


	public Duration getContextCacheTtl() {
		return this.contextCacheTtl;
	}

	public void setContextCacheTtl(Duration contextCacheTtl) {
		this.contextCacheTtl = contextCacheTtl;
	}

	public int getMaxBatchSize() {
		return this.maxBatchSize;
	}

	public void setMaxBatchSize(int maxBatchSize) {
		this.maxBatchSize = maxBatchSize;
	}

}
