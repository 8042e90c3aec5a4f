package nl.bijeen.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Turns stored wall-clock times into ISO-8601 times with the offset that applies on that day.
 */
final class Times {

	private Times() {
	}

	static OffsetDateTime at(LocalDateTime wallClock, String timeZone) {
		return wallClock == null ? null : wallClock.atZone(ZoneId.of(timeZone)).toOffsetDateTime();
	}

}
