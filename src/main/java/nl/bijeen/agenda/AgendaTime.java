package nl.bijeen.agenda;

import java.time.Clock;
import java.time.LocalDateTime;

import nl.bijeen.common.Zones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current wall-clock time in Amsterdam, from the application's {@link Clock} when there is one.
 */
@Component
class AgendaTime {

	private final Clock clock;

	AgendaTime(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfUnique(() -> Clock.system(Zones.AMSTERDAM));
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(Zones.AMSTERDAM));
	}

}
