package nl.bijeen.registration.mail;

import java.util.Locale;

import nl.bijeen.registration.RegistrationCancelled;
import nl.bijeen.registration.RegistrationChanged;
import nl.bijeen.registration.RegistrationConfirmed;
import nl.bijeen.registration.RegistrationLinkRequested;
import nl.bijeen.registration.RegistrationPendingApproval;
import nl.bijeen.registration.RegistrationPromoted;
import nl.bijeen.registration.RegistrationRefused;
import nl.bijeen.registration.RegistrationWaitlisted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the participant's mail for each registration event into the outbox, synchronously inside the
 * transaction that published it: the mail is stored exactly when the registration change commits.
 */
@Component
class RegistrationMails {

	private final RegistrationMailer mailer;

	RegistrationMails(RegistrationMailer mailer) {
		this.mailer = mailer;
	}

	@EventListener
	void on(RegistrationRefused event) {
		this.mailer.sendRefusal(event);
	}

	@EventListener
	void on(RegistrationConfirmed event) {
		this.mailer.send(event.registrationId(), event.eventId(), event.email(), Locale.forLanguageTag(event.locale()),
				MailKind.CONFIRMATION, false);
	}

	@EventListener
	void on(RegistrationWaitlisted event) {
		this.mailer.send(event.registrationId(), event.eventId(), event.email(), Locale.forLanguageTag(event.locale()),
				MailKind.WAITLISTED, false);
	}

	@EventListener
	void on(RegistrationPendingApproval event) {
		this.mailer.send(event.registrationId(), event.eventId(), event.email(), Locale.forLanguageTag(event.locale()),
				MailKind.PENDING, false);
	}

	@EventListener
	void on(RegistrationLinkRequested event) {
		this.mailer.send(event.registrationId(), MailKind.LINK);
	}

	@EventListener
	void on(RegistrationChanged event) {
		this.mailer.send(event.registrationId(), MailKind.CHANGED);
	}

	@EventListener
	void on(RegistrationCancelled event) {
		if (event.reason() == RegistrationCancelled.Reason.ERASED) {
			return;
		}
		this.mailer.send(event.registrationId(), switch (event.reason()) {
			case BY_PARTICIPANT -> MailKind.CANCELLED;
			case BY_ORGANISER -> MailKind.CANCELLED_BY_ORGANISER;
			case OFFER_EXPIRED -> MailKind.OFFER_EXPIRED;
			case REJECTED -> MailKind.REJECTED;
			case ERASED -> throw new IllegalStateException("No mail about an erasure");
		});
	}

	@EventListener
	void on(RegistrationPromoted event) {
		MailKind kind = event.sessionId() != null ? MailKind.SESSION_PROMOTED
				: event.offer() ? MailKind.OFFERED : MailKind.PROMOTED;
		this.mailer.send(event.registrationId(), kind);
	}

}
