package nl.bijeen.api;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.common.RichText;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventOrganiser;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Venue;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.Availability;
import nl.bijeen.registration.EventAvailability;

import org.springframework.stereotype.Component;

/**
 * Builds the API's event responses from the domain, looking up related things in batches.
 */
@Component
class EventResponses {

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final ProgrammeResponses programme;

	private final Availability availability;

	private final RichText richText;

	EventResponses(EventCatalog catalog, PeopleDirectory directory, ProgrammeResponses programme,
			Availability availability, RichText richText) {
		this.catalog = catalog;
		this.richText = richText;
		this.directory = directory;
		this.availability = availability;
		this.programme = programme;
	}

	List<EventSummaryResponse> summaries(List<Event> events) {
		Refs refs = refs(events);
		Map<Long, Venue> venuesById = byId(this.catalog.venues(
				events.stream().map(Event::getVenueId).filter(java.util.Objects::nonNull).distinct().toList()),
				Venue::id);
		return events.stream().map(event -> summary(event, refs, venuesById.get(event.getVenueId()))).toList();
	}

	EventDetailResponse detail(Event event) {
		Refs refs = refs(List.of(event));
		String zone = event.getTimeZone();
		EventAvailability places = this.availability.of(event.getId());
		return new EventDetailResponse(event.getId(), event.getSlug(), event.getTitle(), event.getSubtitle(),
				event.getSummary(), description(event), event.getEventType(), event.getAttendanceMode(),
				event.getStatus(), Times.at(event.getStartsAt(), zone), Times.at(event.getEndsAt(), zone),
				zone, Times.at(event.getPreviousStartsAt(), zone), venue(event), refs.organisers(event),
				refs.themes(event), refs.audiences(event),
				new EventDetailResponse.PriceResponse(event.isFree(), event.isFree() ? null : event.getPriceCents(),
						"EUR"),
				new EventDetailResponse.CapacityResponse(event.getCapacity(), event.getCapacityOnline()),
				EventDetailResponse.PlacesLeftResponse.of(places), registration(event), event.getImageUrl(),
				event.getImageAlt(), this.programme.eventContributors(event),
				this.programme.parts(event, places), new EventDetailResponse.ContactResponse(event.getContactName(),
						event.getContactEmail(), event.getContactPhone()),
				event.getVersion());
	}

	/**
	 * The description as it may be shown ({@link RichText}): images from hosts that are not allowed are left
	 * out, as on the event page.
	 */
	String description(Event event) {
		return this.richText.safe(event.getDescriptionHtml());
	}

	private EventSummaryResponse summary(Event event, Refs refs, Venue venue) {
		String zone = event.getTimeZone();
		return new EventSummaryResponse(event.getId(), event.getSlug(), event.getTitle(), event.getSubtitle(),
				event.getSummary(), event.getEventType(), event.getAttendanceMode(), event.getStatus(),
				Times.at(event.getStartsAt(), zone), Times.at(event.getEndsAt(), zone), zone,
				venue != null && event.getAttendanceMode().hasVenue() ? venue.city() : null, refs.organisers(event),
				refs.themes(event), refs.audiences(event), event.isFree());
	}

	private EventDetailResponse.VenueResponse venue(Event event) {
		if (event.getVenueId() == null || !event.getAttendanceMode().hasVenue()) {
			return null;
		}
		return this.catalog.venue(event.getVenueId())
			.map(EventDetailResponse.VenueResponse::of)
			.orElse(null);
	}

	private static EventDetailResponse.RegistrationResponse registration(Event event) {
		LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM);
		boolean open = event.getStatus() == EventStatus.PUBLISHED && !event.isPast(now)
				&& (event.getRegistrationOpensAt() == null || !now.isBefore(event.getRegistrationOpensAt()))
				&& (event.getRegistrationClosesAt() == null || now.isBefore(event.getRegistrationClosesAt()));
		return new EventDetailResponse.RegistrationResponse(Times.at(event.getRegistrationOpensAt(), event.getTimeZone()),
				Times.at(event.getRegistrationClosesAt(), event.getTimeZone()), open);
	}

	private Refs refs(Collection<Event> events) {
		List<Long> organisationIds = events.stream()
			.flatMap(e -> e.getOrganisers().stream())
			.map(EventOrganiser::organisationId)
			.distinct()
			.toList();
		return new Refs(
				byId(this.directory.organisations(organisationIds), o -> o.id(), o -> new Ref(o.id(), o.slug(), o.name())),
				byId(this.catalog.themes(), t -> t.id(), t -> new Ref(t.id(), t.slug(), t.name())),
				byId(this.catalog.audiences(), a -> a.id(), a -> new Ref(a.id(), a.slug(), a.name())));
	}

	private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
		return byId(items, id, Function.identity());
	}

	private static <T, R> Map<Long, R> byId(Collection<T> items, Function<T, Long> id, Function<T, R> mapper) {
		return items.stream().collect(Collectors.toMap(id, mapper, (a, b) -> a));
	}

	private record Refs(Map<Long, Ref> organisations, Map<Long, Ref> themes, Map<Long, Ref> audiences) {

		List<Ref> organisers(Event event) {
			return event.organisersInOrder()
				.stream()
				.map(o -> this.organisations.get(o.organisationId()))
				.filter(java.util.Objects::nonNull)
				.toList();
		}

		List<Ref> themes(Event event) {
			return sorted(event.themeIds().stream().map(this.themes::get));
		}

		List<Ref> audiences(Event event) {
			return sorted(event.audienceIds().stream().map(this.audiences::get));
		}

		private static List<Ref> sorted(java.util.stream.Stream<Ref> refs) {
			return refs.filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(Ref::name)).toList();
		}

	}

}
