package nl.bijeen.insights;

import java.time.LocalDateTime;

/**
 * One insight sent in from the room.
 *
 * @param id the insight's id
 * @param eventId the event
 * @param sessionId the session (workshop) it is about, {@code null} for the event as a whole
 * @param text the insight, plain text
 * @param authorName the name the sender gave, {@code null} when none
 * @param status where it is in moderation
 * @param submittedAt when it was sent (wall-clock time in Europe/Amsterdam)
 */
public record Insight(long id, long eventId, Long sessionId, String text, String authorName, InsightStatus status,
		LocalDateTime submittedAt) {
}
