package nl.bijeen.programme;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.people.Person;

/**
 * One session (workshop) of a round, with the times of its round: what the public pages, the API and
 * registration need to show a session or let someone pick it.
 *
 * @param id the session id
 * @param roundId the id of the round ({@link ProgrammePart} of kind {@link PartKind#ROUND}) it belongs to
 * @param eventId the event
 * @param roundTitle the title of the round, e.g. "Workshopronde 1"
 * @param startsAt start of the round (wall-clock time in Europe/Amsterdam)
 * @param endsAt end of the round
 * @param title the title of the session
 * @param description plain text, may be {@code null}
 * @param room the room at the venue, may be {@code null}
 * @param onlineBreakout the link to the online breakout room, may be {@code null}; organisers only decide
 * whether to show it
 * @param capacity the places in this session, {@code null} when it has no limit of its own
 * @param contributors the people in this session in their roles, in order
 */
public record SessionView(long id, long roundId, long eventId, String roundTitle, LocalDateTime startsAt,
		LocalDateTime endsAt, String title, String description, String room, String onlineBreakout, Integer capacity,
		List<Contributor> contributors) {

	/**
	 * The people leading this session ({@link Role#SESSION_LEADER}), in order.
	 */
	public List<Person> leaders() {
		return this.contributors.stream()
			.filter(c -> c.role() == Role.SESSION_LEADER)
			.map(Contributor::person)
			.toList();
	}

	/**
	 * Whether the session has a limited number of places.
	 */
	public boolean isLimited() {
		return this.capacity != null;
	}

}
