package nl.bijeen.registration.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The warm-up before the readiness probe says "ready": see {@link ReadinessWarmUp}.
 */
@ConfigurationProperties("bijeen.warm-up")
public class WarmUpProperties {

	/**
	 * Whether a starting instance warms up (renders its public pages and runs registrations that are rolled
	 * back) before its readiness probe says it accepts traffic.
	 */
	private boolean enabled = true;

	/**
	 * How long the warm-up runs. The first minute after a start is then spent by the JIT compiler on the
	 * warm-up rather than on the first visitors.
	 */
	private Duration time = Duration.ofSeconds(20);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getTime() {
		return this.time;
	}

	public void setTime(Duration time) {
		this.time = time;
	}

}
