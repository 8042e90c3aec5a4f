package nl.bijeen.agenda;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCalendars;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;

import org.springframework.stereotype.Component;

/**
 * Calendar files (.ics) of public events: one event, or a feed of upcoming and recent events.
 */
@Component
class CalendarFeeds {

	static final int FEED_LIMIT = 500;

	private final AgendaQuery query;

	private final EventCatalog catalog;

	private final PublicUrls urls;

	private final AgendaTime time;

	CalendarFeeds(AgendaQuery query, EventCatalog catalog, PublicUrls urls, AgendaTime time) {
		this.query = query;
		this.catalog = catalog;
		this.urls = urls;
		this.time = time;
	}

	byte[] single(Event event) {
		return EventCalendars.toBytes(EventCalendars.of(entries(List.of(event))));
	}

	byte[] feed(AgendaFilter filter) {
		List<Long> ids = this.query.ids(filter, AgendaPeriod.FEED, FEED_LIMIT, this.time.now());
		List<Event> found = this.catalog.events(ids)
			.stream()
			.sorted(Comparator.comparing(Event::getStartsAt))
			.toList();
		return EventCalendars.toBytes(EventCalendars.of(entries(found)));
	}

	private List<EventCalendars.Entry> entries(List<Event> events) {
		Map<Long, Venue> venues = this.catalog
			.venues(events.stream().map(Event::getVenueId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Venue::id, Function.identity()));
		Map<Long, String> themeNames = this.catalog
			.themes(events.stream().flatMap(e -> e.themeIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Theme::id, Theme::name));
		return events.stream()
			.map(event -> new EventCalendars.Entry(event,
					event.getAttendanceMode().hasVenue() ? venues.get(event.getVenueId()) : null,
					this.urls.event(event.getSlug()),
					event.themeIds().stream().map(themeNames::get).filter(Objects::nonNull).sorted().toList()))
			.toList();
	}

}
