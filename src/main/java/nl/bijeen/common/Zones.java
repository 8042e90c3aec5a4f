package nl.bijeen.common;

import java.time.ZoneId;

/**
 * The time zone in which bijeen's events take place; times are stored as local wall-clock times in it.
 */
public final class Zones {

	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private Zones() {
	}

}
