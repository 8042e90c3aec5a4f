package nl.bijeen.registration.internal;

import java.time.Duration;

/**
 * A registration that could not be stored now: the database was busy (a lock or statement wait ran out)
 * or the request stopped waiting before its registration was taken up. Nothing was stored; the same
 * request may be sent again (with the same form token or Idempotency-Key).
 */
public class RegistrationBusy extends RuntimeException {

	/** When to try again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	public RegistrationBusy(String message, Throwable cause) {
		super(message, cause);
	}

	public RegistrationBusy(String message) {
		super(message);
	}

	public Duration retryAfter() {
		return RETRY_AFTER;
	}

}
