package nl.bijeen.programme;

/**
 * Published synchronously, inside the transaction, just before a session is deleted (also when its whole
 * round is deleted). A listener in another module may veto the removal by throwing
 * {@link nl.bijeen.common.ConflictException} (e.g. registration, when people chose this session): nothing
 * is then deleted and the organiser sees the exception's message key. Listen with a plain
 * {@code @EventListener}, not an {@code @ApplicationModuleListener} (that runs after the commit and
 * cannot veto).
 *
 * @param eventId the event
 * @param sessionId the session about to be deleted
 */
public record SessionRemovalRequested(long eventId, long sessionId) {

}
