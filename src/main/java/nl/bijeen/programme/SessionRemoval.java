package nl.bijeen.programme;

/**
 * Published synchronously, inside the transaction, just before a session is deleted (also for each session
 * of a round that is deleted). The people who chose the session are moved to another session of the same
 * round ({@code moveToSessionId}) or their choice for the round is released (they stay registered for the
 * event); either way they are told. Listen with a plain {@code @EventListener}: the choices go with the
 * session when the transaction commits, so the listener must act before that, in the same transaction.
 *
 * @param eventId the event
 * @param roundId the round (programme part) of the session
 * @param sessionId the session about to be deleted
 * @param roundTitle the round's title, for the people who are told
 * @param sessionTitle the session's title, for the people who are told
 * @param moveToSessionId the session of the same round to move the people to; {@code null}: release their
 * choice (always so when the whole round goes)
 * @param roundRemoved whether the whole round is deleted
 */
public record SessionRemoval(long eventId, long roundId, long sessionId, String roundTitle, String sessionTitle,
		Long moveToSessionId, boolean roundRemoved) {

}
