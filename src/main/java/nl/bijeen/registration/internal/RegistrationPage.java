package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Optional;

import nl.bijeen.events.Event;
import nl.bijeen.registration.EventAvailability;

/**
 * What the registration form shows: the event, whether it takes registrations, the ways of attending and
 * the rounds with their places, the event's own questions and its settings.
 */
public record RegistrationPage(Event event, Optional<Problem> closed, RegistrationSettings settings,
		List<Round> rounds, List<RegistrationQuestion> questions, EventAvailability availability) {

	public boolean hybrid() {
		return this.availability.attendance().size() > 1;
	}

}
