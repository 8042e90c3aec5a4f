package nl.bijeen.registration.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.internal.RegistrationLimits;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.SessionPick;

/**
 * A registration through the API.
 *
 * @param choices the session chosen per round: programme part id to session id
 * @param secondChoices optional second choices per round, when the event allows them
 * @param answers answers to the event's own questions per question id ("yes"/"no" for yes/no questions)
 */
@Schema(name = "RegistrationRequest", description = "A registration for an event")
public record RegistrationApiRequest(@Schema(example = "Anna de Vries") String name,
		@Schema(example = "anna@example.org") String email, String organisation, String jobTitle,
		@Schema(description = "VENUE or ONLINE; needed for hybrid events only") Attendance attendance,
		@Size(max = RegistrationLimits.ROUNDS) Map<Long, Long> choices,
		@Size(max = RegistrationLimits.ROUNDS) Map<Long, Long> secondChoices,
		@Size(max = RegistrationLimits.QUESTIONS) Map<Long, @Size(max = RegistrationLimits.OPTIONS) List<String>> answers,
		@Schema(description = "Consent to the privacy statement; must be true") Boolean consent,
		Boolean newsletterOptIn, @Schema(description = "REGISTERPLEIN or SKJ, accredited events only") String registerName,
		String registrationNumber, @Schema(example = "nl") String locale) {

	RegistrationRequest toRequest(Long eventId, String idempotencyKey) {
		Map<Long, SessionPick> picks = new java.util.HashMap<>();
		if (this.choices != null) {
			this.choices.forEach((part, session) -> picks.put(part,
					new SessionPick(session, this.secondChoices == null ? null : this.secondChoices.get(part))));
		}
		Applicant applicant = new Applicant(this.name, this.email, this.organisation, this.jobTitle,
				Locale.forLanguageTag(this.locale == null ? "nl" : this.locale), this.attendance,
				Boolean.TRUE.equals(this.newsletterOptIn), // leads to the newsletter's double opt-in (a confirmation mail)
				this.registerName, this.registrationNumber);
		return new RegistrationRequest(eventId, applicant, Boolean.TRUE.equals(this.consent), picks, this.answers, idempotencyKey);
	}

}
