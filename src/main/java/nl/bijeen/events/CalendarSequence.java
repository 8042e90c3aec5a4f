package nl.bijeen.events;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-event calendar SEQUENCE (RFC 5545) that every calendar bijeen writes for an event uses (the
 * personal {@code .ics}, the feeds, the event's {@code .ics}). Changes to the event itself raise it
 * ({@link Event#touch()}); other modules raise it here when they change something a participant's calendar
 * shows, e.g. the programme, without counting as a new version of the event for its editors.
 */
@Service
public class CalendarSequence {

	private final Events events;

	CalendarSequence(Events events) {
		this.events = events;
	}

	/**
	 * Raises the event's SEQUENCE (and its modification time), in the caller's transaction.
	 */
	@Transactional
	public void raise(long eventId) {
		this.events.raiseIcsSequence(eventId, java.time.LocalDateTime.now());
	}

}
