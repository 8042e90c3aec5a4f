package nl.bijeen.newsletter;

import java.util.List;
import java.util.Locale;

import nl.bijeen.registration.RegistrationConfirmed;
import nl.bijeen.registration.RegistrationPendingApproval;
import nl.bijeen.registration.RegistrationWaitlisted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The newsletter opt-in of the registration form feeds the same double opt-in as {@code /nieuwsbrief}: a
 * confirmation mail, never a subscription at once. After the registration commits, in a transaction of its own,
 * recorded in the event publication registry (retried when it fails).
 */
@Component
class RegistrationOptIns {

	private final Subscriptions subscriptions;

	RegistrationOptIns(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@ApplicationModuleListener
	void on(RegistrationConfirmed registered) {
		optIn(registered.newsletterOptIn(), registered.email(), registered.name(), registered.locale());
	}

	@ApplicationModuleListener
	void on(RegistrationWaitlisted waitlisted) {
		optIn(waitlisted.newsletterOptIn(), waitlisted.email(), waitlisted.name(), waitlisted.locale());
	}

	@ApplicationModuleListener
	void on(RegistrationPendingApproval pending) {
		optIn(pending.newsletterOptIn(), pending.email(), pending.name(), pending.locale());
	}

	private void optIn(boolean optIn, String email, String name, String locale) {
		if (optIn) {
			this.subscriptions.subscribe(email, name, List.of(), (locale != null) ? Locale.forLanguageTag(locale) : null,
					Subscriptions.Source.REGISTRATION);
		}
	}

}
