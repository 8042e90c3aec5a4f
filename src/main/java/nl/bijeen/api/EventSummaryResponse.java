package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;

/**
 * An event in a list.
 */
@Schema(description = "An event in a list")
record EventSummaryResponse(long id, String slug, String title, String subtitle, String summary, EventType type,
		AttendanceMode mode, EventStatus status,
		@Schema(example = "2027-11-10T09:30:00+01:00") OffsetDateTime startsAt,
		@Schema(example = "2027-11-10T16:30:00+01:00") OffsetDateTime endsAt, String timeZone, String city,
		List<Ref> organisers, List<Ref> themes, List<Ref> audiences, boolean free) {

}
