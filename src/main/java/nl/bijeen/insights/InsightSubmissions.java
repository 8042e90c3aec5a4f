package nl.bijeen.insights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import nl.bijeen.events.Event;
import nl.bijeen.programme.Programmes;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes insights sent in from the room: checks the window, the rate limit per client address and the
 * rules, and stores them as {@link InsightStatus#PENDING}, so nothing is public before an organiser approves.
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

	InsightSubmissions(Insights insights, InsightWindow window, InsightRules rules, InsightsProperties properties,
			Programmes programmes) {
		this.insights = insights;
		this.window = window;
		this.rules = rules;
		this.properties = properties;
		this.programmes = programmes;
	}

	/**
	 * Stores an insight of a participant for moderation.
	 * @param sessionId the session it is about; one not of this event counts as the event as a whole
	 * @param clientAddress the sender's address, for the rate limit (only a hash of it is kept, briefly)
	 * @throws IllegalArgumentException when the text or name break the {@link InsightRules}
	 */
	@Transactional
	public Outcome submit(Event event, Long sessionId, String text, String name, String clientAddress) {
		LocalDateTime now = InsightWindow.now();
		if (!this.window.isOpen(event, now)) {
			return Outcome.CLOSED;
		}
		if (!this.rules.problems(text, name).isEmpty()) {
			throw new IllegalArgumentException("Insight breaks the rules");
		}
		String client = clientKey(clientAddress);
		if (this.insights.countByClientSince(client, now.minus(this.properties.getRatePeriod())) >= this.properties
			.getRateLimit()) {
			return Outcome.TOO_MANY;
		}
		this.insights.add(event.getId(), sessionOf(event, sessionId), InsightRules.clean(text),
				InsightRules.clean(name), InsightStatus.PENDING, client, now);
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

	/** Forgets the address hashes whose rate period has passed. */
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
