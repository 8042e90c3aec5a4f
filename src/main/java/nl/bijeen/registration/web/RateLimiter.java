package nl.bijeen.registration.web;

import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.web.RateLimit;
import nl.bijeen.web.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Limits the registrations per client address ({@code bijeen.registration.rate-limit} per
 * {@code rate-period}): a friendly brake on bots and scripts, no CAPTCHA needed. The allowances are the shared
 * {@link RateLimits}: by default in the database, shared by every instance, so that a client gets no more
 * registrations through by reaching another instance behind the load balancer.
 */
@Component
public class RateLimiter {

	private final RateLimits limits;

	private final RateLimit limit;

	RateLimiter(RateLimits limits, RegistrationProperties properties) {
		this.limits = limits;
		this.limit = new RateLimit("registration", properties.getRateLimit(), properties.getRatePeriod());
	}

	/**
	 * Takes one registration from the client's allowance; a store out of reach lets the client go ahead.
	 * @return whether the client may go ahead
	 */
	public boolean tryAcquire(String clientAddress) {
		return this.limits.tryAcquire(this.limit, clientAddress);
	}

}
