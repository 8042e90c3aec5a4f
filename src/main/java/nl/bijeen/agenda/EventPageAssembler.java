package nl.bijeen.agenda;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.events.Audience;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventOrganiser;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.PlacesSummaries;

import org.springframework.stereotype.Component;

/**
 * Gathers what the public event page shows from the events, people and programme modules.
 */
@Component
class EventPageAssembler {

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final ProgrammeReader programme;

	private final PublicUrls urls;

	private final PlacesSummaries places;

	EventPageAssembler(EventCatalog catalog, PeopleDirectory directory, ProgrammeReader programme, PublicUrls urls,
			PlacesSummaries places) {
		this.catalog = catalog;
		this.directory = directory;
		this.programme = programme;
		this.urls = urls;
		this.places = places;
	}

	EventPage assemble(Event event, Locale locale, LocalDateTime now) {
		Venue venue = venueOf(event);
		RegistrationState registration = registration(event, now);
		return new EventPage(event, venue, organisers(event), sorted(this.catalog.themes(event.themeIds()),
				Theme::name), sorted(this.catalog.audiences(event.audienceIds()), Audience::name),
				this.programme.read(event.getId()), Prices.display(event.getPriceCents(), locale), event.isPast(now),
				registration, registration == RegistrationState.OPEN ? this.places.of(event) : null,
				this.urls.event(event.getSlug()), this.urls.absolute(event.getImageUrl()),
				venue == null ? null : routeUrl(venue));
	}

	Venue venueOf(Event event) {
		if (!event.getAttendanceMode().hasVenue() || event.getVenueId() == null) {
			return null;
		}
		return this.catalog.venue(event.getVenueId()).orElse(null);
	}

	List<Organisation> organisers(Event event) {
		Map<Long, Organisation> byId = this.directory
			.organisations(event.organisersInOrder().stream().map(EventOrganiser::organisationId).toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return event.organisersInOrder().stream().map(o -> byId.get(o.organisationId())).filter(o -> o != null).toList();
	}

	private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
		return items.stream().sorted(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	static RegistrationState registration(Event event, LocalDateTime now) {
		if (event.getStatus() != EventStatus.PUBLISHED || event.isPast(now)) {
			return RegistrationState.NONE;
		}
		if (event.getRegistrationOpensAt() != null && now.isBefore(event.getRegistrationOpensAt())) {
			return RegistrationState.NOT_YET_OPEN;
		}
		if (event.getRegistrationClosesAt() != null && now.isAfter(event.getRegistrationClosesAt())) {
			return RegistrationState.CLOSED;
		}
		return RegistrationState.OPEN;
	}

	static String routeUrl(Venue venue) {
		String address = java.util.stream.Stream
			.of(venue.street(), ((venue.postalCode() != null ? venue.postalCode() + " " : "")
					+ (venue.city() != null ? venue.city() : "")).strip())
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining(", "));
		String query = address.isBlank() ? venue.name() : address;
		return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

}
