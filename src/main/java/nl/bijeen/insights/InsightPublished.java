package nl.bijeen.insights;

/**
 * An insight became public or stopped being public (approved, or rejected after approval): the
 * wall and the event page change.
 *
 * @param eventId the event
 * @param insightId the insight
 */
public record InsightPublished(long eventId, long insightId) {
}
