package nl.bijeen.attendance;

import java.time.LocalDateTime;

import java.util.List;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.CheckInAnswer;

/**
 * One participant with a place and, when they arrived, the time of their check-in.
 *
 * @param answers their answers to the questions marked "show at check-in"
 */
public record Arrival(Attendee attendee, String code, LocalDateTime checkedInAt, List<CheckInAnswer> answers) {

	public boolean arrived() {
		return this.checkedInAt != null;
	}

}
