package nl.bijeen.registration;

import java.util.List;

/**
 * A participant with a place at an event, as badges and presence lists show them.
 *
 * @param organisation as given in the form; {@code null} when none
 * @param sessionIds the sessions (workshops) they hold a place in, one per round at most, in no particular
 * order (not those they wait for)
 */
public record ParticipantWithPlace(Long registrationId, String name, String organisation, List<Long> sessionIds) {

}
