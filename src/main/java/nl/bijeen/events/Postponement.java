package nl.bijeen.events;

import java.time.LocalDateTime;

/**
 * A postponement: to a new start (and end; when left out the event keeps its length), or, with no new start,
 * to a date not yet known.
 */
public record Postponement(LocalDateTime newStart, LocalDateTime newEnd) {

	public static Postponement dateNotYetKnown() {
		return new Postponement(null, null);
	}

	public boolean isDateKnown() {
		return this.newStart != null;
	}

}
