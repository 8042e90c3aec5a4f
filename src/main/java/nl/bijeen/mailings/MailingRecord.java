package nl.bijeen.mailings;

import java.util.List;
import java.util.Map;

import nl.bijeen.mail.MailRecords;

import org.springframework.stereotype.Component;

/**
 * The record of an event's mailings with what the outbox did with their mails: delivered and given up, as the
 * outbox knows them now, kept on the mailing when seen (the outbox forgets sent mails after its retention; the
 * record keeps the last counts it saw).
 */
@Component
class MailingRecord {

	private final Mailings mailings;

	private final MailRecords mails;

	MailingRecord(Mailings mailings, MailRecords mails) {
		this.mailings = mailings;
		this.mails = mails;
	}

	/** The event's mailings, newest first, those sent with their counts brought up to date. */
	List<Mailing> ofEvent(long eventId) {
		return this.mailings.ofEvent(eventId).stream().map(this::refreshed).toList();
	}

	/** The mailing with the outbox's counts of now, when it still knows them. */
	Mailing refreshed(Mailing m) {
		if (m.draft()) {
			return m;
		}
		Map<String, Integer> statuses = statuses(m);
		int delivered = Math.max(m.delivered(), statuses.getOrDefault("SENT", 0));
		int failed = statuses.isEmpty() ? m.failed() : statuses.getOrDefault("DEAD", 0);
		if (delivered == m.delivered() && failed == m.failed()) {
			return m;
		}
		this.mailings.counted(m.id(), delivered, failed);
		return new Mailing(m.id(), m.eventId(), m.subject(), m.body(), m.audience(), m.sessionId(), m.sessionTitle(),
				m.status(), m.createdBy(), m.createdAt(), m.sentBy(), m.sentAt(), m.queuedUpTo(), m.recipients(),
				delivered, failed);
	}

	/** The mailing's mails in the outbox per status (PENDING, SENDING, SENT, DEAD). */
	Map<String, Integer> statuses(Mailing m) {
		return this.mails.statusesOf(m.referencePrefix());
	}

}
