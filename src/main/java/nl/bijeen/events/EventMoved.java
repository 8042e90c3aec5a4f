package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Published when an event's date or times, venue or way of attending (online, on site, both) changed, or
 * when it was postponed, with the old and the new values so that participants can be told what changed.
 * Listen with an {@code @ApplicationModuleListener}: it is published in the transaction of the change.
 *
 * @param eventId the event
 * @param oldStartsAt the start before the change
 * @param oldEndsAt the end before the change
 * @param newStartsAt the start now; {@code null} when postponed to a date not yet known
 * @param newEndsAt the end now; {@code null} when postponed to a date not yet known
 * @param oldVenue the venue on one line before the change, {@code null} when none
 * @param newVenue the venue on one line now, {@code null} when none
 * @param oldMode the way of attending before the change
 * @param newMode the way of attending now
 * @param postponed whether the organiser postponed the event (rather than changed its details)
 * @param message the organiser's personal message to the participants, or {@code null}
 */
public record EventMoved(long eventId, LocalDateTime oldStartsAt, LocalDateTime oldEndsAt,
		LocalDateTime newStartsAt, LocalDateTime newEndsAt, String oldVenue, String newVenue,
		AttendanceMode oldMode, AttendanceMode newMode, boolean postponed, String message) {

	/**
	 * Whether the new date is known (not so for an event postponed without a new date).
	 */
	public boolean dateKnown() {
		return this.newStartsAt != null;
	}

	public boolean timesChanged() {
		return !Objects.equals(this.oldStartsAt, this.newStartsAt) || !Objects.equals(this.oldEndsAt, this.newEndsAt);
	}

	public boolean venueChanged() {
		return !Objects.equals(this.oldVenue, this.newVenue);
	}

	public boolean modeChanged() {
		return this.oldMode != this.newMode;
	}

	/**
	 * Whether anything participants should know about changed.
	 */
	public boolean anyChange() {
		return this.postponed || timesChanged() || venueChanged() || modeChanged();
	}

}
