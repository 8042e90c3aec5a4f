package nl.bijeen.agenda;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendar feeds to subscribe to: everything, one theme, one organisation.
 */
@Controller
class CalendarController {

	private final CalendarFeeds feeds;

	private final EventCatalog themes;

	private final PeopleDirectory organisations;

	CalendarController(CalendarFeeds feeds, EventCatalog themes, PeopleDirectory organisations) {
		this.feeds = feeds;
		this.themes = themes;
		this.organisations = organisations;
	}

	@GetMapping("/agenda.ics")
	ResponseEntity<byte[]> all() {
		return EventPageController.calendarResponse(this.feeds.feed(AgendaFilter.NONE), "agenda.ics");
	}

	@GetMapping("/themas/{slug}.ics")
	ResponseEntity<byte[]> theme(@PathVariable String slug) {
		this.themes.themeBySlug(slug).orElseThrow(() -> new NotFoundException("No theme " + slug));
		return EventPageController.calendarResponse(this.feeds.feed(AgendaFilter.theme(slug)), slug + ".ics");
	}

	@GetMapping("/organisaties/{slug}.ics")
	ResponseEntity<byte[]> organisation(@PathVariable String slug) {
		this.organisations.organisationBySlug(slug).orElseThrow(() -> new NotFoundException("No organisation " + slug));
		return EventPageController.calendarResponse(this.feeds.feed(AgendaFilter.organisation(slug)), slug + ".ics");
	}

}
