package nl.bijeen.insights;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Stores insights as they are, without window, rate limit or moderation: for demo content and tests.
 */
@Component
public class InsightSeeds {

	private final Insights insights;

	InsightSeeds(Insights insights) {
		this.insights = insights;
	}

	/** Stores an insight with this status; returns its id. */
	public long add(long eventId, Long sessionId, String text, String authorName, InsightStatus status,
			LocalDateTime at) {
		return this.insights.add(eventId, sessionId, text, authorName, status, null, at);
	}

}
