package nl.bijeen.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that tests move forward by hand, to make back-off and claim expiry happen at once.
 */
final class MutableClock extends Clock {

	private volatile Instant now;

	/**
	 * A clock at {@code now}, truncated to the microseconds that the databases store.
	 */
	MutableClock(Instant now) {
		this.now = now.truncatedTo(ChronoUnit.MICROS);
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
