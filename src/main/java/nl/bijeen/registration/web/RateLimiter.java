package nl.bijeen.registration.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import nl.bijeen.registration.internal.RegistrationProperties;

import org.springframework.stereotype.Component;

/**
 * Limits the registrations per client address (in memory, Bucket4j): a friendly brake on bots and
 * scripts, no CAPTCHA needed.
 */
@Component
public class RateLimiter {

	private final RegistrationProperties properties;

	private final Map<String, Bucket> buckets;

	RateLimiter(RegistrationProperties properties) {
		this.properties = properties;
		int max = properties.getRateLimitClients();
		this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > max;
			}
		});
	}

	/**
	 * Takes one registration from the client's allowance.
	 * @return whether the client may go ahead
	 */
	public boolean tryAcquire(String clientAddress) {
		return this.buckets.computeIfAbsent(clientAddress, address -> newBucket()).tryConsume(1);
	}

	private Bucket newBucket() {
		int limit = this.properties.getRateLimit();
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, this.properties.getRatePeriod()).build())
			.build();
	}

}
