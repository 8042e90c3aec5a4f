package nl.bijeen.events.api;

import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;

/**
 * What the write API answers after a change: the event's identity, status, times and version.
 */
@Schema(name = "EventWritten")
record EventWritten(long id, String slug, String title, EventStatus status, LocalDateTime startsAt,
		LocalDateTime endsAt, LocalDateTime previousStartsAt, int sequence, Integer version) {

	static EventWritten of(Event event) {
		return new EventWritten(event.getId(), event.getSlug(), event.getTitle(), event.getStatus(),
				event.getStartsAt(), event.getEndsAt(), event.getPreviousStartsAt(), event.getIcsSequence(),
				event.getVersion());
	}

}
