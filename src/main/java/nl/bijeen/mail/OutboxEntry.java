package nl.bijeen.mail;

import java.time.Instant;
import java.time.ZonedDateTime;

import nl.bijeen.common.Zones;

/**
 * One mail as listed in the organisers' overview, without its body.
 */
record OutboxEntry(long id, Instant createdAt, String to, String toName, String subject, MailStatus status,
		int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, String reference) {

	public ZonedDateTime createdAtLocal() {
		return local(this.createdAt);
	}

	public ZonedDateTime nextAttemptAtLocal() {
		return local(this.nextAttemptAt);
	}

	public ZonedDateTime sentAtLocal() {
		return local(this.sentAt);
	}

	private static ZonedDateTime local(Instant instant) {
		return (instant != null) ? instant.atZone(Zones.AMSTERDAM) : null;
	}

}
