package nl.bijeen.registration.internal;

import nl.bijeen.programme.SessionOccupancy;

import org.springframework.stereotype.Component;

/**
 * Tells the programme's organiser screens how many participants hold a place in a session or wait for it.
 */
@Component
class SessionOccupancies implements SessionOccupancy {

	private final RegistrationChoices choices;

	SessionOccupancies(RegistrationChoices choices) {
		this.choices = choices;
	}

	@Override
	public Holders of(long sessionId) {
		return new Holders(this.choices.countHolders(sessionId, ChoiceStatus.CONFIRMED.name()),
				this.choices.countHolders(sessionId, ChoiceStatus.WAITLISTED.name()));
	}

}
