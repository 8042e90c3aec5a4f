package nl.bijeen.content;

import java.time.Clock;
import java.time.LocalDateTime;

import nl.bijeen.common.Zones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current wall-clock time in Amsterdam, from the application's {@link Clock} when there is one; decides
 * what is published by now.
 */
@Component
class ContentTime {

	private final Clock clock;

	ContentTime(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfUnique(() -> Clock.system(Zones.AMSTERDAM));
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(Zones.AMSTERDAM)).withNano(0);
	}

}
