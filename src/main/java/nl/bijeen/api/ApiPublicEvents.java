package nl.bijeen.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * Reads events for the public: drafts do not exist for the API.
 */
@Component
class ApiPublicEvents {

	private final EventCatalog catalog;

	ApiPublicEvents(EventCatalog catalog) {
		this.catalog = catalog;
	}

	Event get(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, this.catalog::event, this.catalog::eventBySlug)
			.filter(Event::isPublic)
			.orElseThrow(() -> new NotFoundException("No published event " + idOrSlug));
	}

	/**
	 * The public events among the given ids, in the order of the ids.
	 */
	List<Event> inOrder(List<Long> ids) {
		Map<Long, Event> byId = this.catalog.events(ids)
			.stream()
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(e -> e != null && e.isPublic()).toList();
	}

	/**
	 * The public events among the given ids, the latest first.
	 */
	List<Event> latestFirst(List<Long> ids) {
		return this.catalog.events(ids.stream().distinct().toList())
			.stream()
			.filter(Event::isPublic)
			.sorted(Comparator.comparing(Event::getStartsAt).reversed())
			.toList();
	}

}
