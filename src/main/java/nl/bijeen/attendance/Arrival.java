package nl.bijeen.attendance;

import java.time.LocalDateTime;

import nl.bijeen.registration.Attendee;

/**
 * One participant with a place and, when they arrived, the time of their check-in.
 */
public record Arrival(Attendee attendee, String code, LocalDateTime checkedInAt) {

	public boolean arrived() {
		return this.checkedInAt != null;
	}

}
