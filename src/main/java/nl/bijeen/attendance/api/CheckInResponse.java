package nl.bijeen.attendance.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.attendance.Arrival;
import nl.bijeen.attendance.CheckIn;
import nl.bijeen.common.WallClockJson;
import nl.bijeen.registration.CheckInAnswer;

/**
 * One participant's check-in as the API tells it.
 */
public record CheckInResponse(Long registrationId, String name, String organisation, List<String> sessions,
		@Schema(description = "When they arrived; null when not (yet)") OffsetDateTime checkedInAt,
		@Schema(description = "True when this person had already been checked in (by any device)") boolean already,
		@Schema(description = "Answers to the questions the organiser marked \"show at check-in\"") List<CheckInAnswer> answers) {

	static CheckInResponse of(CheckIn c) {
		return new CheckInResponse(c.attendee().registrationId(), c.attendee().name(), c.attendee().organisation(),
				c.attendee().sessions(), WallClockJson.withOffset(c.checkedInAt()), c.already(), c.answers());
	}

	static CheckInResponse of(Arrival a) {
		return new CheckInResponse(a.attendee().registrationId(), a.attendee().name(), a.attendee().organisation(),
				a.attendee().sessions(), a.arrived() ? WallClockJson.withOffset(a.checkedInAt()) : null, a.arrived(),
				a.answers());
	}

}
