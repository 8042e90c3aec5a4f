package nl.bijeen.evaluation;

import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.PersonalPageSection;

import org.springframework.stereotype.Component;

/**
 * The link to the evaluation on the personal page, for participants who were invited and have not answered while the
 * form takes answers.
 */
@Component
class EvaluationSection implements PersonalPageSection {

	private final EvaluationInvitations invitations;

	private final EvaluationForms forms;

	EvaluationSection(EvaluationInvitations invitations, EvaluationForms forms) {
		this.invitations = invitations;
		this.forms = forms;
	}

	@Override
	public Optional<Content> of(Long registrationId, Attendee attendee) {
		if (attendee == null) {
			return Optional.empty();
		}
		return this.invitations.of(attendee.eventId(), registrationId)
			.filter(i -> i.invitedAt() != null && !i.answered())
			.flatMap(i -> this.forms.byId(i.formId()))
			.filter(f -> f.open() && !this.forms.closed(f, this.forms.event(f.eventId())))
			.map(f -> new Content("evaluation/personal", "evaluation", Map.of()));
	}

}
