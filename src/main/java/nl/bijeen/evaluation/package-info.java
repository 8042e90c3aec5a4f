/**
 * Evaluation of an event (issue 12): a form per event (questions rated 1–10, multiple choice, open questions;
 * optionally anonymous), mailed after the event to everyone who was present with one reminder, answered once through
 * a personal link without an account, and the results with charts and a CSV/XLSX export for the organiser.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Present means checked in at the door ({@link nl.bijeen.attendance.Presence}); name, address and language come
 * from {@link nl.bijeen.registration.Accreditations}.</li>
 * <li>EvaluationInvitations (who was invited, reminded, answered) are kept apart from responses. On an anonymous form a
 * response has no link to its registration, a random id and only the day it was given.</li>
 * <li>Each mail is claimed with a conditional update ({@code invited_at is null}, {@code reminded_at is null}) in
 * the transaction that queues it (and the outbox's unique reference), so it goes once whatever the number of
 * instances, jobs or clicks. The mail and its link are written by the outbox's sender ({@code EvaluationMails});
 * only hashes of the links are stored.</li>
 * <li>Once answers exist, changes that would lose them (deleting a question with answers, changing its type,
 * dropping an option someone chose) are refused.</li>
 * <li>Other modules read scores through {@link nl.bijeen.evaluation.EvaluationScores}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package nl.bijeen.evaluation;
