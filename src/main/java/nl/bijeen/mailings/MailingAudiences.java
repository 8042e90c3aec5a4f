package nl.bijeen.mailings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.attendance.Presence;
import nl.bijeen.registration.MailingRecipients;
import nl.bijeen.registration.MailingRecipients.Recipient;

import org.springframework.stereotype.Component;

/**
 * Resolves an audience to the event's registrations as they are now: the registration module's groups (with a
 * place, in one session, waiting), narrowed by the check-in for present and absent.
 */
@Component
class MailingAudiences {

	private final MailingRecipients recipients;

	private final Presence presence;

	MailingAudiences(MailingRecipients recipients, Presence presence) {
		this.recipients = recipients;
		this.presence = presence;
	}

	/** How many the audience holds now. */
	int count(Long eventId, Audience audience, Long sessionId) {
		if (orphaned(audience, sessionId)) {
			return 0;
		}
		List<Long> ids = this.recipients.ids(eventId, audience.group(), sessionFor(audience, sessionId));
		if (!audience.byPresence()) {
			return ids.size();
		}
		Set<Long> present = this.presence.of(eventId);
		return (int) ids.stream().filter(id -> present.contains(id) == (audience == Audience.PRESENT)).count();
	}

	/** How many each audience holds now (SESSION: all sessions together are not counted, 0). */
	Map<Audience, Integer> counts(Long eventId) {
		Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
		List<Long> withPlace = this.recipients.ids(eventId, MailingRecipients.Group.WITH_PLACE, null);
		Set<Long> present = this.presence.of(eventId);
		int there = (int) withPlace.stream().filter(present::contains).count();
		counts.put(Audience.PLACE, withPlace.size());
		counts.put(Audience.SESSION, 0);
		counts.put(Audience.WAITING, this.recipients.ids(eventId, MailingRecipients.Group.WAITING, null).size());
		counts.put(Audience.PRESENT, there);
		counts.put(Audience.ABSENT, withPlace.size() - there);
		return counts;
	}

	/**
	 * The next page of the audience after the registration id {@code after}: the recipients in it and the last
	 * registration id read (the cursor for the next page), or empty when there are no more.
	 */
	Optional<Page> page(Long eventId, Audience audience, Long sessionId, long after, int size) {
		if (orphaned(audience, sessionId)) {
			return Optional.empty();
		}
		List<Recipient> read = this.recipients.page(eventId, audience.group(), sessionFor(audience, sessionId), after,
				size);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		List<Recipient> kept = read;
		if (audience.byPresence()) {
			Set<Long> present = this.presence.of(eventId);
			kept = read.stream().filter(r -> present.contains(r.registrationId()) == (audience == Audience.PRESENT))
				.toList();
		}
		return Optional.of(new Page(kept, read.get(read.size() - 1).registrationId(), read.size() < size));
	}

	/** The first recipient of the audience now, for a preview. */
	Optional<Recipient> sample(Long eventId, Audience audience, Long sessionId) {
		long after = 0;
		while (true) {
			Optional<Page> page = page(eventId, audience, sessionId, after, 50);
			if (page.isEmpty()) {
				return Optional.empty();
			}
			if (!page.get().recipients().isEmpty()) {
				return Optional.of(page.get().recipients().get(0));
			}
			if (page.get().last()) {
				return Optional.empty();
			}
			after = page.get().cursor();
		}
	}

	/** Whether this registration (read again now) still belongs to the audience. */
	Optional<Recipient> still(Long eventId, Audience audience, Long registrationId) {
		return this.recipients.find(eventId, registrationId)
			.filter(r -> r.waiting() == (audience == Audience.WAITING));
	}

	/** A session's audience whose session was deleted: nobody (never everyone with a place). */
	private static boolean orphaned(Audience audience, Long sessionId) {
		return audience == Audience.SESSION && sessionId == null;
	}

	private static Long sessionFor(Audience audience, Long sessionId) {
		return (audience == Audience.SESSION) ? sessionId : null;
	}

	/**
	 * @param recipients the recipients of the page
	 * @param cursor the last registration id read
	 * @param last whether no page follows
	 */
	record Page(List<Recipient> recipients, long cursor, boolean last) {
	}

}
