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
	 * How often every instance checks the accreditation registers' version in the database, so that a change
	 * through any instance is seen by all within about this time (the instance that made it sees it at once).
	 */
	private Duration registersCheckInterval = Duration.ofMillis(500);

	/**
	 * The largest number of registrations stored together in one transaction when many arrive at once.
	 * One stores each registration in a transaction of its own.
	 */
	private int maxBatchSize = 64;

	/**
	 * The longest a registration transaction waits for a row lock (a place counter held by another
	 * transaction) before it gives up; nothing is stored then and the person is asked to try again. Set as
	 * {@code lock_timeout} on PostgreSQL and {@code LOCK_TIMEOUT} on H2.
	 */
	private Duration lockTimeout = Duration.ofSeconds(2);

	/**
	 * The longest one statement of a registration transaction may run before the database cancels it
	 * ({@code statement_timeout} on PostgreSQL, {@code QUERY_TIMEOUT} on H2); nothing is stored then.
	 */
	private Duration statementTimeout = Duration.ofSeconds(10);

	/**
	 * How long the background writer of grouped registrations waits for a locked place counter of one
	 * event before it sets that event's registrations aside to be stored one by one. Short, so that one
	 * locked or slow event does not hold up the registrations for other events.
	 */
	private Duration batchLockTimeout = Duration.ofMillis(250);

	/**
	 * How long a request waits for its registration queued for grouped storing. When it runs out, a
	 * registration not yet taken up is withdrawn (nothing stored, the person is asked to try again); one
	 * already being stored is reported as unknown: the outcome comes by mail, and sending the same form (or
	 * API call with the same Idempotency-Key) again tells it without registering twice.
	 */
	private Duration waitTimeout = Duration.ofSeconds(30);

	public Duration getRegistersCheckInterval() {
		return this.registersCheckInterval;
	}

	public void setRegistersCheckInterval(Duration registersCheckInterval) {
		this.registersCheckInterval = registersCheckInterval;
	}

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

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public Duration getBatchLockTimeout() {
		return this.batchLockTimeout;
	}

	public void setBatchLockTimeout(Duration batchLockTimeout) {
		this.batchLockTimeout = batchLockTimeout;
	}

	public Duration getWaitTimeout() {
		return this.waitTimeout;
	}

	public void setWaitTimeout(Duration waitTimeout) {
		this.waitTimeout = waitTimeout;
	}

}
