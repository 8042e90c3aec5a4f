package nl.bijeen.registration.api;

import jakarta.servlet.http.HttpServletRequest;
import nl.bijeen.registration.web.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * The rate limit of the form, for the API.
 */
@Component
class ApiRateLimit {

	private final RateLimiter limiter;

	ApiRateLimit(RateLimiter limiter) {
		this.limiter = limiter;
	}

	void check(HttpServletRequest request) {
		if (!this.limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
	}

	static class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("Too many registrations from this address");
		}

	}

}
