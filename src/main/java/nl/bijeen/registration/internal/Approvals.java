package nl.bijeen.registration.internal;

import nl.bijeen.common.ConflictException;
import nl.bijeen.registration.RegistrationCancelled;
import nl.bijeen.registration.RegistrationConfirmed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisers approve or reject registrations awaiting approval; participants accept offered places.
 * Registrations awaiting approval and offers already hold their place, so neither can overbook.
 */
@Service
public class Approvals {

	private final Registrations registrations;

	private final RegistrationSettingsRepository settings;

	private final Cancellations cancellations;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	Approvals(Registrations registrations, RegistrationSettingsRepository settings, Cancellations cancellations,
			ApplicationEventPublisher publisher, TransactionTemplate transactions) {
		this.registrations = registrations;
		this.settings = settings;
		this.cancellations = cancellations;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	public void approve(Long registrationId) {
		confirm(registrationId, () -> this.registrations.transition(registrationId,
				RegistrationStatus.PENDING_APPROVAL.name(), RegistrationStatus.CONFIRMED.name(), Seating.now()));
	}

	public void reject(Long registrationId) {
		if (!this.cancellations.end(registrationId, RegistrationStatus.PENDING_APPROVAL, RegistrationStatus.REJECTED,
				RegistrationCancelled.Reason.REJECTED)) {
			throw new ConflictException("registration.error.notPending", "Registration is not awaiting approval");
		}
	}

	/**
	 * Accepts an offered place before it expires (then it still needs approval when the event asks for it).
	 * @throws ConflictException when the offer expired or was not there
	 */
	public void acceptOffer(Long registrationId, String token) {
		confirm(registrationId, () -> {
			IssuedLinks.remember(registrationId, token);
			Registration r = this.registrations.findById(registrationId).orElseThrow();
			RegistrationStatus to = this.settings.of(r.eventId()).approvalRequired()
					? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
			return this.registrations.acceptOffer(registrationId, to.name(), Seating.now());
		});
	}

	private void confirm(Long registrationId, java.util.function.IntSupplier update) {
		this.transactions.executeWithoutResult(status -> {
			if (update.getAsInt() == 0) {
				throw new ConflictException("registration.error.offerExpired", "Nothing to confirm");
			}
			Registration r = this.registrations.findById(registrationId).orElseThrow();
			if (r.status() == RegistrationStatus.CONFIRMED) {
				this.publisher.publishEvent(new RegistrationConfirmed(r.id(), r.eventId(), r.email(), r.name(),
						r.locale(), r.newsletterOptIn()));
			}
		});
	}

}
