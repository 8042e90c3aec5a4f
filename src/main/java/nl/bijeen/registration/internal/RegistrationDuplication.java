package nl.bijeen.registration.internal;

import nl.bijeen.events.EventDuplicated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies an event's registration settings and its own questions when the event is duplicated, in the
 * transaction of the duplication (as the programme is copied), so a copy is never half made. Registrations
 * are not copied.
 */
@Component
class RegistrationDuplication {

	private final RegistrationSettingsRepository settings;

	private final RegistrationQuestions questions;

	RegistrationDuplication(RegistrationSettingsRepository settings, RegistrationQuestions questions) {
		this.settings = settings;
		this.questions = questions;
	}

	@EventListener
	void on(EventDuplicated duplicated) {
		Long copy = duplicated.copyEventId();
		this.settings.findById(duplicated.sourceEventId())
			.ifPresent(s -> this.settings.save(new RegistrationSettings(copy, s.waitingListEnabled(),
					s.secondChoiceEnabled(), s.approvalRequired(), s.offerHours(), s.accredited(),
					s.accreditationPoints(), s.accreditationRegisters(), s.reminderDays(), s.onlineLinkMinutesBefore(),
					null)));
		this.questions.saveAll(this.questions.findByEventIdOrderByPositionAscIdAsc(duplicated.sourceEventId())
			.stream()
			.map(q -> new RegistrationQuestion(null, copy, q.kind(), q.text(), q.required(), q.options(), q.position(),
					q.showAtCheckIn(), null))
			.toList());
	}

}
