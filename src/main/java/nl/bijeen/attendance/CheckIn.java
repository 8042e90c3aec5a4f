package nl.bijeen.attendance;

import java.time.LocalDateTime;

import java.util.List;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.CheckInAnswer;

/**
 * The answer to a scan: who it is and when they arrived.
 *
 * @param already true when this person had been checked in before (on this or another device)
 * @param answers their answers to the questions marked "show at check-in"
 * @param sessionId the workshop they were checked in to; null for the check-in at the door
 */
public record CheckIn(Attendee attendee, LocalDateTime checkedInAt, boolean already, List<CheckInAnswer> answers,
		Long sessionId) implements java.io.Serializable {

}
