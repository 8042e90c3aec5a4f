/**
 * Insights harvested from the room (issue 12): during an event participants send in an insight per session or
 * for the event as a whole, through a short public link and its QR code; organisers approve or reject them; a
 * wall page shows the approved ones live on a projector, and after the event they appear in the event's report,
 * grouped by session.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Nothing is public before approval. Texts are plain text and always escaped when shown.</li>
 * <li>Sending is open only in a window around the event ({@link nl.bijeen.insights.InsightsProperties}), and
 * limited per client with the shared rate limit ({@link nl.bijeen.web.RateLimits}, a token bucket per hash of the
 * client's address, in the database on PostgreSQL), so the limit holds under concurrency and across
 * instances.</li>
 * <li>An approved or withdrawn insight is a domain event ({@link nl.bijeen.insights.InsightPublished}), which clears
 * the public page cache.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package nl.bijeen.insights;
