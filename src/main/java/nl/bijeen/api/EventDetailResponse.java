package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;
import nl.bijeen.events.Venue;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.EventAvailability;

/**
 * An event with everything the public may know about it. The meeting link of online events is never
 * part of it: participants receive it after registering.
 */
@Schema(description = "A published event with its programme; the online meeting link is never included")
record EventDetailResponse(long id, String slug, String title, String subtitle, String summary,
		@Schema(description = "Sanitised HTML") String descriptionHtml, EventType type, AttendanceMode mode,
		EventStatus status, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
		@Schema(description = "The original start of a postponed event") OffsetDateTime previousStartsAt,
		VenueResponse venue, List<Ref> organisers, List<Ref> themes, List<Ref> audiences, PriceResponse price,
		CapacityResponse capacity,
		@Schema(description = "Places left right now, counted from the registrations") PlacesLeftResponse placesLeft,
		RegistrationResponse registration, String imageUrl, String imageAlt,
		@Schema(description = "People contributing to the event as a whole, e.g. the day chair") List<ContributorResponse> contributors,
		List<ProgrammePartResponse> programme,
		@Schema(description = "Who answers questions about the event") ContactResponse contact,
		@Schema(description = "Send back on a change (PUT); a different stored version gives 409") Integer version) {

	@Schema(description = "Where the event takes place")
	record VenueResponse(long id, String name, String street, String postalCode, String city, String country,
			String route, String accessibility,
			@Schema(description = "Send back on a change of the venue; a different stored version gives 409") Integer version) {

		static VenueResponse of(Venue venue) {
			return new VenueResponse(venue.id(), venue.name(), venue.street(), venue.postalCode(), venue.city(),
					venue.country(), venue.route(), venue.accessibility(), venue.version());
		}

	}

	@Schema(description = "Contact for questions about the event; each part optional")
	record ContactResponse(String name, String email, String phone) {
	}

	@Schema(description = "Price of participation")
	record PriceResponse(boolean free, @Schema(description = "Amount in euro cents") Integer amountCents,
			@Schema(example = "EUR") String currency) {
	}

	@Schema(description = "Number of places; absent means no limit")
	record CapacityResponse(Integer venue, Integer online) {
	}

	@Schema(description = "Places left right now on site and online; absent means no limit (or not offered)")
	record PlacesLeftResponse(Integer venue, Integer online,
			@Schema(description = "Every way of attending is full: only the waiting list is left") boolean full) {

		static PlacesLeftResponse of(EventAvailability availability) {
			return new PlacesLeftResponse(availability.places(Attendance.VENUE).left(),
					availability.places(Attendance.ONLINE).left(), availability.full());
		}

	}

	@Schema(description = "When registration is possible")
	record RegistrationResponse(OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open) {
	}

}
