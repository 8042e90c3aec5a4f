package nl.bijeen.agenda;

import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * Finds events the public may see: never drafts.
 */
@Component
class PublicEvents {

	private final EventCatalog events;

	PublicEvents(EventCatalog events) {
		this.events = events;
	}

	/**
	 * The public event with this slug; when the slug is a former one of a public event, that event's
	 * current slug to redirect to.
	 */
	Lookup find(String slug) {
		Optional<Event> current = this.events.eventWithSlug(slug).filter(Event::isPublic);
		if (current.isPresent()) {
			return new Lookup(current.get(), null);
		}
		return this.events.eventWithFormerSlug(slug)
			.filter(Event::isPublic)
			.map(event -> new Lookup(null, event.getSlug()))
			.orElseThrow(() -> new NotFoundException("No public event " + slug));
	}

	/**
	 * Either an event, or the slug it moved to.
	 */
	record Lookup(Event event, String movedTo) {

		boolean isMoved() {
			return this.movedTo != null;
		}

	}

}
