package nl.bijeen.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because too many attempts failed recently.
 */
class SignInThrottled extends AuthenticationException {

	private final Duration wait;

	SignInThrottled(Duration wait) {
		super("Too many failed sign-ins; wait " + wait);
		this.wait = wait;
	}

	/** The wait in whole seconds, at least 1. */
	long seconds() {
		return Math.max(1, (this.wait.toMillis() + 999) / 1000);
	}

}
