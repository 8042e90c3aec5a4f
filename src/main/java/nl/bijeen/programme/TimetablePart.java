package nl.bijeen.programme;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One part of a programme as shown in a timetable.
 *
 * @param id the programme part id
 * @param kind what kind of part it is; {@link PartKind#ROUND} holds {@code sessions}
 * @param startsAt start (wall-clock time in Europe/Amsterdam)
 * @param endsAt end
 * @param title the title
 * @param description plain text, may be {@code null}
 * @param location where in the venue (e.g. "Grote zaal"), may be {@code null}
 * @param contributors the people in this part in their roles, in order (not those of its sessions)
 * @param sessions the parallel sessions of a round, in order; empty for plenary parts
 */
public record TimetablePart(long id, PartKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String title,
		String description, String location, List<Contributor> contributors, List<SessionView> sessions) {

	public boolean isRound() {
		return this.kind.isRound();
	}

}
