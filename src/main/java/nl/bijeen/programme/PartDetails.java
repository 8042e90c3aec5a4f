package nl.bijeen.programme;

import java.time.LocalDateTime;

/**
 * What an organiser enters for a programme part. Times are wall-clock times in the event's time zone.
 *
 * @param kind what kind of part; {@link PartKind#ROUND} for a round of parallel sessions
 * @param title required, at most {@value ProgrammeLimits#TITLE} characters
 * @param description plain text, at most {@value ProgrammeLimits#DESCRIPTION} characters
 * @param startsAt start, within the event
 * @param endsAt end, after the start and within the event
 * @param location where in the venue, at most {@value ProgrammeLimits#LOCATION} characters
 */
public record PartDetails(PartKind kind, String title, String description, LocalDateTime startsAt,
		LocalDateTime endsAt, String location) {

	public PartDetails {
		title = ProgrammeRules.clean(title);
		description = ProgrammeRules.clean(description);
		location = ProgrammeRules.clean(location);
	}

}
