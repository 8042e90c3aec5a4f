package nl.bijeen.registration.mail;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.stereotype.Component;

/**
 * Puts one mail about a registration in the outbox, in the caller's transaction. The mail is written (text
 * and HTML, in the participant's language, with the calendar file where it helps) by
 * {@link RegistrationMailWriter} when it is sent, so the participant does not wait for the templates. Every
 * mail carries a personal link (issued by the writer when it writes the mail, so that no token waits in the
 * outbox's payload), and the mails a registration request causes are limited per recipient
 * ({@link RecipientLimitProperties}).
 */
@Component
public class RegistrationMailer {

	/** The mails that anybody can cause by registering an address; these are limited per recipient. */
	private static final Set<MailKind> REQUESTED = EnumSet.of(MailKind.CONFIRMATION, MailKind.WAITLISTED,
			MailKind.PENDING, MailKind.LINK);

	private final Registrations registrations;

	private final Outbox outbox;

	private final RecipientLimitProperties limit;

	RegistrationMailer(Registrations registrations, Outbox outbox, RecipientLimitProperties limit) {
		this.registrations = registrations;
		this.outbox = outbox;
		this.limit = limit;
	}

	/**
	 * Sends the mail of this kind about the registration.
	 * @param once whether this mail goes only once per registration (reminders), else once per change
	 */
	public void send(Long registrationId, MailKind kind, boolean once) {
		Registration registration = this.registrations.findById(registrationId)
			.orElseThrow(() -> new IllegalStateException("No registration " + registrationId));
		send(registrationId, registration.eventId(), registration.email(), registration.preferredLocale(), kind, once);
	}

	public void send(Long registrationId, MailKind kind) {
		send(registrationId, kind, false);
	}

	/**
	 * Sends the mail of this kind about a registration whose event, address and language the caller knows (no
	 * query: this runs for every registration of a rush). The event id lets the event's organisations'
	 * administrators see the mail in the outbox.
	 */
	void send(Long registrationId, Long eventId, String email, java.util.Locale locale, MailKind kind, boolean once) {
		String reference = "registration:" + registrationId + ":" + kind.key() + (once ? "" : ":" + UUID.randomUUID());
		// No personal link token in the payload: the writer issues one when it writes the mail.
		String payload = new MailPayload(registrationId, kind, null).encode();
		DeferredMail mail = new DeferredMail(email, RegistrationMailWriter.NAME, payload, reference, locale, eventId);
		if (REQUESTED.contains(kind)) {
			// Counted with the other mails of the transaction when it commits (one query for a whole batch).
			this.outbox.enqueueWithin(mail, this.limit.getMails(), this.limit.getWindow());
		}
		else {
			this.outbox.enqueue(mail);
		}
	}

	/**
	 * Tells someone their registration found no place; like the other mails a request causes, within the
	 * per-recipient limit, since anyone can cause it for any address.
	 */
	void sendRefusal(nl.bijeen.registration.RegistrationRefused refused) {
		this.outbox.enqueueWithin(RefusalMailWriter.queued(refused), this.limit.getMails(), this.limit.getWindow());
	}

	/**
	 * Sends a change notice ({@link ChangeNotices}) about a registration: once per notice and registration.
	 */
	void sendNotice(Long registrationId, long eventId, String email, java.util.Locale locale, long noticeId) {
		String reference = "registration:" + registrationId + ":notice:" + noticeId;
		String payload = new MailPayload(registrationId, MailKind.NOTICE, null, noticeId).encode();
		this.outbox.enqueue(new DeferredMail(email, RegistrationMailWriter.NAME, payload, reference, locale, eventId));
	}

}
