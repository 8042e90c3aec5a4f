package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.events.Event;

/**
 * What registering for an event reads besides the places: the event, its registration settings, the rounds
 * to choose sessions in and the event's own questions. Shared between requests: treat as read-only.
 */
public record RegistrationContext(Event event, RegistrationSettings settings, List<Round> rounds,
		List<RegistrationQuestion> questions) {

}
