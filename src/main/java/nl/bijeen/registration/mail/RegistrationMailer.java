package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.UUID;

import nl.bijeen.common.Zones;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;
import nl.bijeen.registration.internal.IssuedLinks;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.stereotype.Component;

/**
 * Puts one mail about a registration in the outbox, in the caller's transaction. The mail is written (text
 * and HTML, in the participant's language, with the calendar file where it helps) by
 * {@link RegistrationMailWriter} when it is sent, so the participant does not wait for the templates.
 */
@Component
public class RegistrationMailer {

	private final Registrations registrations;

	private final Outbox outbox;

	RegistrationMailer(Registrations registrations, Outbox outbox) {
		this.registrations = registrations;
		this.outbox = outbox;
	}

	/**
	 * Sends the mail of this kind about the registration.
	 * @param once whether this mail goes only once per registration (reminders), else once per change
	 */
	public void send(Long registrationId, MailKind kind, boolean once) {
		Registration registration = this.registrations.findById(registrationId)
			.orElseThrow(() -> new IllegalStateException("No registration " + registrationId));
		send(registrationId, registration.email(), registration.preferredLocale(), kind, once);
	}

	public void send(Long registrationId, MailKind kind) {
		send(registrationId, kind, false);
	}

	/**
	 * Sends the mail of this kind about a registration whose address and language the caller knows.
	 */
	void send(Long registrationId, String email, java.util.Locale locale, MailKind kind, boolean once) {
		String reference = "registration:" + registrationId + ":" + kind.key() + (once ? "" : ":" + UUID.randomUUID());
		String token = IssuedLinks.of(registrationId).orElseGet(() -> issueLink(registrationId));
		String payload = new MailPayload(registrationId, kind, token).encode();
		this.outbox.enqueue(new DeferredMail(email, RegistrationMailWriter.NAME, payload, reference, locale));
	}

	/**
	 * Issues one more personal link for a mail that was caused without one (a reminder, a change by the
	 * organiser): every mail contains the link, and the links issued before keep working.
	 */
	private String issueLink(Long registrationId) {
		String token = PersonalLinks.newToken();
		this.registrations.newToken(registrationId, PersonalLinks.hash(token), LocalDateTime.now(Zones.AMSTERDAM));
		IssuedLinks.remember(registrationId, token);
		return token;
	}

}
