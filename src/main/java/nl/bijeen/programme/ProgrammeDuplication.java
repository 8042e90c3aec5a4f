package nl.bijeen.programme;

import nl.bijeen.events.EventDuplicated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the programme when an event is duplicated, in the transaction of the duplication, so a copy is
 * never half made.
 */
@Component
class ProgrammeDuplication {

	private final ProgrammeCopier copier;

	ProgrammeDuplication(ProgrammeCopier copier) {
		this.copier = copier;
	}

	@EventListener
	void on(EventDuplicated duplicated) {
		this.copier.copyProgramme(duplicated.sourceEventId(), duplicated.copyEventId(), duplicated.shift());
	}

}
