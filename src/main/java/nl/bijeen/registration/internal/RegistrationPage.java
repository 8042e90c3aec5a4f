package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.Euros;
import nl.bijeen.events.Event;
import nl.bijeen.registration.EventAvailability;

/**
 * What the registration form shows: the event, whether it takes registrations, the ways of attending and
 * the rounds with their places, the event's own questions and its settings.
 */
public record RegistrationPage(Event event, Optional<Problem> closed, RegistrationSettings settings,
		List<Round> rounds, List<RegistrationQuestion> questions, EventAvailability availability) {

	/**
	 * The price in the reader's notation ("€ 25,00"); {@code null} when the event is free.
	 */
	public String price(Locale locale) {
		return Euros.display(this.event.getPriceCents(), locale);
	}

	public boolean hybrid() {
		return this.availability.attendance().size() > 1;
	}

}
