package nl.bijeen.attendance;

import java.time.LocalDateTime;

import nl.bijeen.registration.Attendee;

/**
 * The answer to a scan: who it is and when they arrived.
 *
 * @param already true when this person had been checked in before (on this or another device)
 */
public record CheckIn(Attendee attendee, LocalDateTime checkedInAt, boolean already) implements java.io.Serializable {

}
