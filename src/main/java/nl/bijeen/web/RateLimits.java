package nl.bijeen.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The rate limits per client of every module (registrations, insights, newsletter sign-ups): Bucket4j token
 * buckets kept where {@link RateLimitBuckets} keeps them, by default in the database (table
 * {@code rate_limit_bucket}, each bucket taken under a row lock), shared by every instance: concurrent requests
 * of one client, on any instance, never get more than the allowance through, and a client gets no more by
 * reaching another instance behind the load balancer.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final RateLimitBuckets buckets;

	RateLimits(RateLimitBuckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * Takes one from the client's allowance under this limit. When the store cannot be reached the client may go
	 * ahead: what it asks for then meets the same database and is refused as busy if it is down.
	 * @param client who asks: a client address, or a hash of it when the address itself should not be stored
	 * (at most 80 characters)
	 * @return whether the client may go ahead
	 */
	public boolean tryAcquire(RateLimit limit, String client) {
		try {
			return this.buckets.tryConsume(limit, client);
		}
		catch (RuntimeException ex) {
			log.warn("The {} rate limit could not be checked, letting it through: {}", limit.name(), ex.toString());
			return true;
		}
	}

}
