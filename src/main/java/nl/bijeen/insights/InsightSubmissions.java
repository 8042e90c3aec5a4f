package nl.bijeen.insights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import nl.bijeen.events.Event;
import nl.bijeen.programme.Programmes;
import nl.bijeen.web.RateLimit;
import nl.bijeen.web.RateLimits;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Takes insights sent in from the room: checks the window, the rules and the rate limit per client (the shared
 * {@link RateLimits}, keyed by a hash of the client's address), and stores them as {@link InsightStatus#PENDING},
 * so nothing is public before an organiser approves.
 */
@Service
public class InsightSubmissions {

	/** How a sending ended. */
	public enum Outcome {

		/** Stored, waiting for moderation. */
		ACCEPTED,
		/** The event takes no insights now. */
		CLOSED,
		/** This client sent too many in the rate period. */
		TOO_MANY

	}

	private final Insights insights;

	private final InsightWindow window;

	private final InsightRules rules;

	private final InsightsProperties properties;

	private final Programmes programmes;

	private final RateLimits limits;

	private final RateLimit limit;

	InsightSubmissions(Insights insights, InsightWindow window, InsightRules rules, InsightsProperties properties,
			Programmes programmes, RateLimits limits) {
		this.insights = insights;
		this.window = window;
		this.rules = rules;
		this.properties = properties;
		this.programmes = programmes;
		this.limits = limits;
		this.limit = new RateLimit("insights", properties.getRateLimit(), properties.getRatePeriod());
	}

	/**
	 * Stores an insight of a participant for moderation.
	 * @param sessionId the session it is about; one not of this event counts as the event as a whole
	 * @param clientAddress the sender's address, for the rate limit (only a hash of it is kept, in the rate
	 * limit's bucket, until that is full again)
	 * @throws IllegalArgumentException when the text or name break the {@link InsightRules}
	 */
	public Outcome submit(Event event, Long sessionId, String text, String name, String clientAddress) {
		LocalDateTime now = InsightWindow.now();
		if (!this.window.isOpen(event, now)) {
			return Outcome.CLOSED;
		}
		if (!this.rules.problems(text, name).isEmpty()) {
			throw new IllegalArgumentException("Insight breaks the rules");
		}
		// One statement follows, so no transaction: a bucket is taken on a connection of its own, and a request
		// holding a second one meanwhile could starve the pool in a rush.
		if (!this.limits.tryAcquire(this.limit, clientKey(clientAddress))) {
			return Outcome.TOO_MANY;
		}
		this.insights.add(event.getId(), sessionOf(event, sessionId), InsightRules.clean(text),
				InsightRules.clean(name), InsightStatus.PENDING, null, now);
		return Outcome.ACCEPTED;
	}

	/** The session id when it is one of this event's sessions, else {@code null}. */
	Long sessionOf(Event event, Long sessionId) {
		if (sessionId == null) {
			return null;
		}
		return this.programmes.session(sessionId).filter(s -> s.eventId() == event.getId()).map(s -> s.id())
			.orElse(null);
	}

	/** Forgets the address hashes stored with insights before the shared rate limit kept them. */
	@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
	int forgetClients() {
		return this.insights.forgetClients(InsightWindow.now().minus(this.properties.getRatePeriod()));
	}

	static String clientKey(String address) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("insights|" + address).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
