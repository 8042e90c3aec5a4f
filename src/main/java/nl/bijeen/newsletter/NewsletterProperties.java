package nl.bijeen.newsletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the newsletter ({@code bijeen.newsletter.*}).
 */
@ConfigurationProperties("bijeen.newsletter")
public class NewsletterProperties {

	/** Least time between two confirmation mails to one address; a sign-up within it sends nothing (same answer). */
	private Duration resendInterval = Duration.ofMinutes(15);

	/**
	 * How many sign-ups one client (address) may send per {@code signup-rate-period}, whatever the e-mail addresses
	 * (on top of the resend interval per e-mail address): a brake on scripts that sign up other people's addresses.
	 */
	private int signupRateLimit = 10;

	/** The period of {@code signup-rate-limit}. */
	private Duration signupRatePeriod = Duration.ofMinutes(10);

	/** How long the link in a confirmation mail can confirm a sign-up. */
	private Duration confirmationValidity = Duration.ofDays(7);

	/** How long a sign-up that was never confirmed is kept before it is deleted. */
	private Duration unconfirmedRetention = Duration.ofDays(30);

	/** Subscribers queued to the outbox per batch (one transaction) while an edition is sent. */
	private int batchSize = 500;

	/** How often each instance looks for an edition being sent and queues its next batch. */
	private Duration queueInterval = Duration.ofSeconds(5);

	/**
	 * Most unsent mails of editions in the outbox: a next batch is queued only below it, so that an edition never
	 * floods the outbox and the registration mails queued meanwhile go out within a batch or so.
	 */
	private int maxQueued = 2000;

	/**
	 * An address to which unsubscribe requests may be mailed ({@code mailto:} in {@code List-Unsubscribe}, handled
	 * by a person); empty: only the one-click link.
	 */
	private String unsubscribeMailto;

	/** Whether this instance runs the sending and clean-up jobs (safe on all instances at once). */
	private boolean jobsEnabled = true;

	public Duration getResendInterval() { return this.resendInterval; }
	public void setResendInterval(Duration resendInterval) { this.resendInterval = resendInterval; }
	public int getSignupRateLimit() { return this.signupRateLimit; }
	public void setSignupRateLimit(int signupRateLimit) { this.signupRateLimit = signupRateLimit; }
	public Duration getSignupRatePeriod() { return this.signupRatePeriod; }
	public void setSignupRatePeriod(Duration signupRatePeriod) { this.signupRatePeriod = signupRatePeriod; }
	public Duration getConfirmationValidity() { return this.confirmationValidity; }
	public void setConfirmationValidity(Duration confirmationValidity) { this.confirmationValidity = confirmationValidity; }
	public Duration getUnconfirmedRetention() { return this.unconfirmedRetention; }
	public void setUnconfirmedRetention(Duration unconfirmedRetention) { this.unconfirmedRetention = unconfirmedRetention; }
	public int getBatchSize() { return this.batchSize; }
	public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
	public Duration getQueueInterval() { return this.queueInterval; }
	public void setQueueInterval(Duration queueInterval) { this.queueInterval = queueInterval; }
	public int getMaxQueued() { return this.maxQueued; }
	public void setMaxQueued(int maxQueued) { this.maxQueued = maxQueued; }
	public String getUnsubscribeMailto() { return this.unsubscribeMailto; }
	public void setUnsubscribeMailto(String unsubscribeMailto) { this.unsubscribeMailto = unsubscribeMailto; }
	public boolean isJobsEnabled() { return this.jobsEnabled; }
	public void setJobsEnabled(boolean jobsEnabled) { this.jobsEnabled = jobsEnabled; }

}
