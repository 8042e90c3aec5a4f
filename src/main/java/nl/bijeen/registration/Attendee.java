package nl.bijeen.registration;

import java.util.List;

/**
 * A participant with a place, as the check-in at the door sees them.
 *
 * @param sessions the titles of the workshops they hold a place in, in programme order
 */
public record Attendee(Long registrationId, Long eventId, String name, String organisation, List<String> sessions)
		implements java.io.Serializable {

}
