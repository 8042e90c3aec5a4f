package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Map;

import nl.bijeen.events.Event;

/**
 * A registration request that passed validation, with what the transaction needs.
 *
 * @param picks the validated picks per round, in programme order
 * @param answers the answers per question id, multiple choice options one per line
 * @param onSite registered by the organiser at the check-in (a walk-in): a place or nothing (never the waiting
 * list), confirmed at once without approval
 */
public record ValidRegistration(Event event, RegistrationSettings settings, List<Round> rounds, Applicant applicant,
		Map<Round, SessionPick> picks, Map<Long, String> answers, String idempotencyKey, boolean onSite) {

	public ValidRegistration(Event event, RegistrationSettings settings, List<Round> rounds, Applicant applicant,
			Map<Round, SessionPick> picks, Map<Long, String> answers, String idempotencyKey) {
		this(event, settings, rounds, applicant, picks, answers, idempotencyKey, false);
	}

	/** Whether someone without a place waits (never for a walk-in). */
	public boolean waitingList() {
		return this.settings.waitingListEnabled() && !this.onSite;
	}

}
