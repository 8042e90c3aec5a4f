package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.programme.PartKind;

/**
 * A part of an event's programme; a part of kind ROUND holds the parallel sessions to choose from.
 */
@Schema(description = "A programme part; a ROUND holds parallel sessions")
record ProgrammePartResponse(long id, PartKind kind, String title, String description, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String location, List<ContributorResponse> contributors,
		List<SessionResponse> sessions) {

	@Schema(description = "One of the parallel sessions (workshops) of a round")
	record SessionResponse(long id, String title, String description, String room,
			@Schema(description = "Places in this session; absent means no limit of its own") Integer capacity,
			@Schema(description = "Places left right now in this session; absent means no limit of its own") Integer placesLeft,
			@Schema(description = "No place left in this session") boolean full,
			List<ContributorResponse> contributors) {
	}

}
