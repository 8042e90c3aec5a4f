package nl.bijeen.registration.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Limits the registrations per client address (Bucket4j token buckets): a friendly brake on bots and
 * scripts, no CAPTCHA needed. The buckets are kept where {@link RateLimitBuckets} keeps them: by default in
 * the database, shared by every instance, so that a client gets no more registrations through by reaching
 * another instance behind the load balancer.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final RateLimitBuckets buckets;

	RateLimiter(RateLimitBuckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * Takes one registration from the client's allowance. When the store cannot be reached the client may go
	 * ahead: the registration itself then meets the same database and is refused as busy if it is down.
	 * @return whether the client may go ahead
	 */
	public boolean tryAcquire(String clientAddress) {
		try {
			return this.buckets.tryConsume(clientAddress);
		}
		catch (RuntimeException ex) {
			log.warn("The rate limit of {} could not be checked, letting it through: {}", clientAddress, ex.toString());
			return true;
		}
	}

}
