package nl.bijeen.insights;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the insights module ({@code bijeen.insights.*}).
 */
@Validated
@ConfigurationProperties("bijeen.insights")
public class InsightsProperties {

	/**
	 * How long before an event starts participants may send in insights.
	 */
	@NotNull
	private Duration opensBefore = Duration.ofHours(1);

	/**
	 * How long after an event ends participants may still send in insights.
	 */
	@NotNull
	private Duration closesAfter = Duration.ofHours(3);

	/**
	 * The longest insight, in characters.
	 */
	@Min(20)
	@Max(2000)
	private int maxLength = 500;

	/**
	 * The longest name a sender may give, in characters.
	 */
	@Min(10)
	@Max(200)
	private int maxNameLength = 80;

	/**
	 * How many insights one client address may send per {@link #ratePeriod}.
	 */
	@Min(1)
	private int rateLimit = 5;

	/**
	 * The period of the rate limit; a hash of the sender's address is kept this long, then cleared.
	 */
	@NotNull
	private Duration ratePeriod = Duration.ofMinutes(10);

	public Duration getOpensBefore() {
		return this.opensBefore;
	}

	public void setOpensBefore(Duration opensBefore) {
		this.opensBefore = opensBefore;
	}

	public Duration getClosesAfter() {
		return this.closesAfter;
	}

	public void setClosesAfter(Duration closesAfter) {
		this.closesAfter = closesAfter;
	}

	public int getMaxLength() {
		return this.maxLength;
	}

	public void setMaxLength(int maxLength) {
		this.maxLength = maxLength;
	}

	public int getMaxNameLength() {
		return this.maxNameLength;
	}

	public void setMaxNameLength(int maxNameLength) {
		this.maxNameLength = maxNameLength;
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

}
