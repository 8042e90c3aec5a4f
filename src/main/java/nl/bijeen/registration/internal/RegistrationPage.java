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

	/**
	 * The name of an indexed field for the error summary: the question of {@code answers[id]}, the round of
	 * {@code choices[id]} and {@code secondChoices[id]}; {@code null} for other fields.
	 */
	public String fieldLabel(String field) {
		int open = field.indexOf('[');
		if (open < 0 || !field.endsWith("]")) {
			return null;
		}
		String name = field.substring(0, open);
		String id = field.substring(open + 1, field.length() - 1);
		if (name.equals("answers")) {
			return this.questions.stream().filter(q -> String.valueOf(q.id()).equals(id)).map(RegistrationQuestion::text)
				.findFirst().orElse(null);
		}
		if (name.equals("choices") || name.equals("secondChoices")) {
			return this.rounds.stream().filter(r -> String.valueOf(r.part().id()).equals(id))
				.map(r -> r.part().title()).findFirst().orElse(null);
		}
		return null;
	}

}
