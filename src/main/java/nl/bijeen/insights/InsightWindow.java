package nl.bijeen.insights;

import java.time.LocalDateTime;

import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;

import org.springframework.stereotype.Component;

/**
 * When an event takes insights: from {@link InsightsProperties#getOpensBefore()} before its start to
 * {@link InsightsProperties#getClosesAfter()} after its end, unless it was cancelled.
 */
@Component
public class InsightWindow {

	private final InsightsProperties properties;

	InsightWindow(InsightsProperties properties) {
		this.properties = properties;
	}

	public LocalDateTime opensAt(Event event) {
		return event.getStartsAt().minus(this.properties.getOpensBefore());
	}

	public LocalDateTime closesAt(Event event) {
		return event.getEndsAt().plus(this.properties.getClosesAfter());
	}

	/** Whether the event takes insights now. */
	public boolean isOpen(Event event) {
		return isOpen(event, now());
	}

	boolean isOpen(Event event, LocalDateTime now) {
		return event.getStatus() != EventStatus.CANCELLED && !now.isBefore(opensAt(event))
				&& now.isBefore(closesAt(event));
	}

	/** Whether the event has ended, so its approved insights belong to its report. */
	public boolean isOver(Event event) {
		return event.getEndsAt().isBefore(now());
	}

	static LocalDateTime now() {
		return LocalDateTime.now(Zones.AMSTERDAM).withNano(0);
	}

}
