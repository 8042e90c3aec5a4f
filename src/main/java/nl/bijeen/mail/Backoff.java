package nl.bijeen.mail;

import java.time.Duration;

/**
 * Exponential back-off between attempts: the base wait after the first failure, four times longer after
 * every next one, never longer than the maximum.
 */
record Backoff(Duration base, Duration max) {

	private static final int FACTOR = 4;

	static Backoff of(OutboxProperties properties) {
		return new Backoff(properties.getBackoffBase(), properties.getBackoffMax());
	}

	/**
	 * The wait after the given number of failed attempts (1 or more).
	 */
	Duration after(int failedAttempts) {
		Duration wait = this.base;
		for (int i = 1; i < failedAttempts; i++) {
			wait = wait.multipliedBy(FACTOR);
			if (wait.compareTo(this.max) >= 0) {
				return this.max;
			}
		}
		return (wait.compareTo(this.max) > 0) ? this.max : wait;
	}

}
