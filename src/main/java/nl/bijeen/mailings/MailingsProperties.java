package nl.bijeen.mailings;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of mail to participants ({@code bijeen.mailings.*}).
 */
@Validated
@ConfigurationProperties("bijeen.mailings")
public class MailingsProperties {

	/**
	 * How many mails are queued in one transaction while a mailing is sent.
	 */
	@Min(1)
	@Max(5000)
	private int batchSize = 200;

	/**
	 * How long a mailing may stay in SENDING before the background job takes over queueing it (after an instance
	 * stopped while queueing).
	 */
	@NotNull
	private Duration resumeAfter = Duration.ofMinutes(2);

	/**
	 * Whether the background job that resumes interrupted mailings runs.
	 */
	private boolean jobsEnabled = true;

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public Duration getResumeAfter() {
		return this.resumeAfter;
	}

	public void setResumeAfter(Duration resumeAfter) {
		this.resumeAfter = resumeAfter;
	}

	public boolean isJobsEnabled() {
		return this.jobsEnabled;
	}

	public void setJobsEnabled(boolean jobsEnabled) {
		this.jobsEnabled = jobsEnabled;
	}

}
