package nl.bijeen.evaluation;

import nl.bijeen.registration.RegistrationPseudonymised;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets a participant with their registration's personal data (erasure on request or the end of the retention
 * period), in the same transaction: who was invited and their links go; a response to a form that was not anonymous
 * loses its link to them and its free text, its marks and choices stay for the figures. Anonymous responses were never
 * linked and stay as they are.
 */
@Component
class EvaluationErasure {

	private final EvaluationInvitations invitations;

	private final EvaluationResponses responses;

	EvaluationErasure(EvaluationInvitations invitations, EvaluationResponses responses) {
		this.invitations = invitations;
		this.responses = responses;
	}

	@EventListener
	void on(RegistrationPseudonymised pseudonymised) {
		this.invitations.forget(pseudonymised.registrationId());
		this.responses.unlink(pseudonymised.registrationId());
	}

}
