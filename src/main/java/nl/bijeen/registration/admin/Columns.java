package nl.bijeen.registration.admin;

import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.Round;

/**
 * What an event's participant lists show besides the fixed columns: one column per round of sessions and
 * one per question of its own, and the accreditation columns when the event is accredited.
 */
public record Columns(Event event, RegistrationSettings settings, List<Round> rounds,
		List<RegistrationQuestion> questions) {

	public boolean accredited() {
		return this.settings.accredited();
	}

}
