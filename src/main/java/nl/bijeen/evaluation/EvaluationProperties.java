package nl.bijeen.evaluation;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the evaluation module ({@code bijeen.evaluation.*}).
 */
@Validated
@ConfigurationProperties("bijeen.evaluation")
public class EvaluationProperties {

	/**
	 * How long after the invitation those who have not answered get the one reminder.
	 */
	@NotNull
	private Period reminderAfter = Period.ofDays(3);

	/**
	 * How long after the event answers are taken, unless the organiser sets another closing moment on the form.
	 */
	@NotNull
	private Period closeAfter = Period.ofDays(14);

	/**
	 * How often each instance looks for participants to invite or remind (each mail is claimed, so running on
	 * every instance is safe). Whether an instance runs it is {@code bijeen.evaluation.jobs-enabled}, by default
	 * the value of {@code bijeen.registration.jobs-enabled}.
	 */
	@NotNull
	private Duration jobInterval = Duration.ofMinutes(10);

	/**
	 * The longest answer to an open question an organiser may allow, in characters.
	 */
	@Min(50)
	@Max(4000)
	private int maxOpenLength = 2000;

	public Period getReminderAfter() {
		return this.reminderAfter;
	}

	public void setReminderAfter(Period reminderAfter) {
		this.reminderAfter = reminderAfter;
	}

	public Period getCloseAfter() {
		return this.closeAfter;
	}

	public void setCloseAfter(Period closeAfter) {
		this.closeAfter = closeAfter;
	}

	public Duration getJobInterval() {
		return this.jobInterval;
	}

	public void setJobInterval(Duration jobInterval) {
		this.jobInterval = jobInterval;
	}

	public int getMaxOpenLength() {
		return this.maxOpenLength;
	}

	public void setMaxOpenLength(int maxOpenLength) {
		this.maxOpenLength = maxOpenLength;
	}

}
