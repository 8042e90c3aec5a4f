package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Map;

import nl.bijeen.events.Event;

/**
 * A registration request that passed validation, with what the transaction needs.
 *
 * @param picks the validated picks per round, in programme order
 * @param answers the answers per question id, multiple choice options one per line
 */
public record ValidRegistration(Event event, RegistrationSettings settings, List<Round> rounds, Applicant applicant,
		Map<Round, SessionPick> picks, Map<Long, String> answers, String idempotencyKey) {

}
