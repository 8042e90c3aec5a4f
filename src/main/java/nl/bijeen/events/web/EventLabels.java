package nl.bijeen.events.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Audience;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Names of what events refer to by id (venues, organisations, themes, audiences), for lists and detail pages.
 */
@Component
class EventLabels {

	private final EventCatalog catalog;

	private final PeopleDirectory organisations;

	EventLabels(EventCatalog catalog, PeopleDirectory organisations) {
		this.catalog = catalog;
		this.organisations = organisations;
	}

	void addTo(Model model) {
		model.addAttribute("venueById", byId(this.catalog.venues(), Venue::id));
		model.addAttribute("organisationById", byId(this.organisations.organisationsByName(), Organisation::id));
		model.addAttribute("themeById", byId(this.catalog.themes(), Theme::id));
		model.addAttribute("audienceById", byId(this.catalog.audiences(), Audience::id));
	}

	private static <T> Map<Long, T> byId(Iterable<T> items, Function<T, Long> id) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false)
			.collect(Collectors.toMap(id, Function.identity()));
	}

}
