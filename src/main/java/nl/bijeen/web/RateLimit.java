package nl.bijeen.web;

import java.time.Duration;

/**
 * One kind of allowance of {@link RateLimits}: at most {@code capacity} per client and {@code period}, given back
 * gradually (a token bucket).
 * @param name what is limited ({@code registration}, {@code insights}, ...): the buckets of different limits are
 * kept apart, so one client has an allowance of each
 * @param capacity how many at most within the period
 * @param period the period
 */
public record RateLimit(String name, int capacity, Duration period) {

	public RateLimit {
		if (name == null || name.isBlank() || name.contains("|") || capacity < 1 || period == null
				|| period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("Not a rate limit: " + name + " " + capacity + "/" + period);
		}
	}

}
