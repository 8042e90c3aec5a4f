package nl.bijeen.events;

/**
 * Published when an organiser cancels an event, in the transaction of the cancellation. Listen with an
 * {@code @ApplicationModuleListener}.
 *
 * @param eventId the event
 * @param message the organiser's personal message to the participants, or {@code null}
 */
public record EventCancelled(long eventId, String message) {

}
