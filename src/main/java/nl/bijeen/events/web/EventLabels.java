package nl.bijeen.events.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.events.Audience;
import nl.bijeen.events.Audiences;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Themes;
import nl.bijeen.events.Venue;
import nl.bijeen.events.Venues;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Names of what events refer to by id (venues, organisations, themes, audiences), for lists and detail pages.
 */
@Component
class EventLabels {

	private final Venues venues;

	private final PeopleDirectory organisations;

	private final Themes themes;

	private final Audiences audiences;

	EventLabels(Venues venues, PeopleDirectory organisations, Themes themes, Audiences audiences) {
		this.venues = venues;
		this.organisations = organisations;
		this.themes = themes;
		this.audiences = audiences;
	}

	void addTo(Model model) {
		model.addAttribute("venueById", byId(this.venues.findAll(), Venue::id));
		model.addAttribute("organisationById", byId(this.organisations.organisationsByName(), Organisation::id));
		model.addAttribute("themeById", byId(this.themes.findAll(), Theme::id));
		model.addAttribute("audienceById", byId(this.audiences.findAll(), Audience::id));
	}

	private static <T> Map<Long, T> byId(Iterable<T> items, Function<T, Long> id) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false)
			.collect(Collectors.toMap(id, Function.identity()));
	}

}
