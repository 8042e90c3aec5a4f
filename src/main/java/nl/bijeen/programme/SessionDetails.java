package nl.bijeen.programme;

/**
 * What an organiser enters for a session in a round.
 *
 * @param title required, at most {@value ProgrammeLimits#TITLE} characters
 * @param description plain text, at most {@value ProgrammeLimits#DESCRIPTION} characters
 * @param room the room at the venue, at most {@value ProgrammeLimits#ROOM} characters; unique per time
 * @param onlineBreakout an http(s) link to an online breakout room, at most
 * {@value ProgrammeLimits#URL} characters
 * @param capacity places in the session, not negative; {@code null} for no limit of its own
 */
public record SessionDetails(String title, String description, String room, String onlineBreakout,
		Integer capacity) {

	public SessionDetails {
		title = ProgrammeRules.clean(title);
		description = ProgrammeRules.clean(description);
		room = ProgrammeRules.clean(room);
		onlineBreakout = ProgrammeRules.clean(onlineBreakout);
	}

}
