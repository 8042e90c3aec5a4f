package nl.bijeen.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme of one event, read-only: its parts in time order, each with its contributors and (for
 * rounds) its sessions, plus the people who contribute to the event as a whole (such as the day chair).
 * Obtain it from {@link Programmes#of(long)}.
 *
 * @param eventId the event
 * @param eventContributors people in a role for the whole event (day chair, host), in order
 * @param parts the programme parts, ordered by start time
 */
public record Timetable(long eventId, List<Contributor> eventContributors, List<TimetablePart> parts) {

	/**
	 * Whether nothing has been planned yet.
	 */
	public boolean isEmpty() {
		return this.parts.isEmpty() && this.eventContributors.isEmpty();
	}

	/**
	 * The rounds of parallel sessions, in time order.
	 */
	public List<TimetablePart> rounds() {
		return this.parts.stream().filter(TimetablePart::isRound).toList();
	}

	/**
	 * The days the programme covers, in order (more than one for multi-day events).
	 */
	public List<LocalDate> days() {
		return this.parts.stream().map(p -> p.startsAt().toLocalDate()).distinct().toList();
	}

	/**
	 * The parts that start on the given day, in time order.
	 */
	public List<TimetablePart> partsOn(LocalDate day) {
		return this.parts.stream().filter(p -> p.startsAt().toLocalDate().equals(day)).toList();
	}

}
