package nl.bijeen.insights.web;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * The public event of a slug, for the insights' public pages; drafts are not found.
 */
@Component
class PublicEventLookup {

	private final EventCatalog events;

	PublicEventLookup(EventCatalog events) {
		this.events = events;
	}

	Event bySlug(String slug) {
		return this.events.eventWithSlug(slug)
			.filter(Event::isPublic)
			.orElseThrow(() -> new NotFoundException("No public event " + slug));
	}

	Event byId(long id) {
		return this.events.event(id).orElseThrow(() -> new NotFoundException("No event " + id));
	}

}
