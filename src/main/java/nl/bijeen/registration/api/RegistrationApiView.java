package nl.bijeen.registration.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.common.WallClockJson;
import nl.bijeen.registration.internal.PersonalView;

/**
 * A registration as its participant sees it through the API.
 */
@Schema(name = "Registration")
record RegistrationApiView(Long eventId, String eventTitle,
		@Schema(example = "2027-11-10T09:30:00+01:00") OffsetDateTime startsAt, OffsetDateTime endsAt,
		String status, String attendance, int waitingPosition, OffsetDateTime offerExpiresAt,
		@Schema(description = "Only for online participants, from shortly before the start") String meetingLink,
		boolean changeable, List<Choice> choices) {

	record Choice(Long partId, String round, Long sessionId, String session, String status, int waitingPosition) {
	}

	static RegistrationApiView of(PersonalView view) {
		var r = view.registration();
		List<Choice> choices = view.choices()
			.stream()
			.map(c -> new Choice(c.round().id(), c.round().part().title(), c.choice().sessionId(),
					c.session() == null ? null : c.session().title(), c.choice().status().name(), c.waitingPosition()))
			.toList();
		return new RegistrationApiView(view.event().getId(), view.event().getTitle(),
				WallClockJson.withOffset(view.event().getStartsAt()), WallClockJson.withOffset(view.event().getEndsAt()),
				r.status().name(), r.attendance().name(), view.waitingPosition(),
				WallClockJson.withOffset(r.offerExpiresAt()), view.meetingLink(), view.changeable() && view.active(), choices);
	}

}
