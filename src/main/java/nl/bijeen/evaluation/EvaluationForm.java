package nl.bijeen.evaluation;

import java.time.LocalDateTime;

/**
 * The evaluation form of an event.
 *
 * @param open whether the organiser opened it (a draft is mailed to nobody)
 * @param anonymous whether answers are stored without any link to the participant
 * @param closesAt the moment after which no answers are taken, as the organiser set it (null: the default after the
 * event, {@link EvaluationProperties#getCloseAfter()})
 */
record EvaluationForm(Long id, Long eventId, boolean open, boolean anonymous, LocalDateTime closesAt,
		LocalDateTime openedAt) {

}
