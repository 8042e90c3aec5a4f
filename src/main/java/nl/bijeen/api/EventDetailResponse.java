package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;

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
		CapacityResponse capacity, RegistrationResponse registration, String imageUrl, String imageAlt,
		@Schema(description = "People contributing to the event as a whole, e.g. the day chair") List<ContributorResponse> contributors,
		List<ProgrammePartResponse> programme) {

	@Schema(description = "Where the event takes place")
	record VenueResponse(long id, String name, String street, String postalCode, String city, String country,
			String route, String accessibility) {
	}

	@Schema(description = "Price of participation")
	record PriceResponse(boolean free, @Schema(description = "Amount in euro cents") Integer amountCents,
			@Schema(example = "EUR") String currency) {
	}

	@Schema(description = "Number of places; absent means no limit")
	record CapacityResponse(Integer venue, Integer online) {
	}

	@Schema(description = "When registration is possible")
	record RegistrationResponse(OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open) {
	}

}
