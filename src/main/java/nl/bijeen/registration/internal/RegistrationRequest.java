package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Map;

/**
 * A registration as submitted (by the form or the API), before validation.
 *
 * @param picks the session picked per round (programme part id)
 * @param answers the answers per question id (several for multiple choice)
 * @param idempotencyKey the one-time form token or the API's Idempotency-Key: a repeat yields the same
 * registration
 */
public record RegistrationRequest(Long eventId, Applicant applicant, boolean consent, Map<Long, SessionPick> picks,
		Map<Long, List<String>> answers, String idempotencyKey) {

}
