package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.registration.RegistrationCancelled;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends registrations (cancelled by the participant, an offer not accepted in time, rejected by the
 * organiser) and, in the same transaction, gives their places to the first people waiting.
 */
@Service
public class Cancellations {

	private final Registrations registrations;

	private final Seating seating;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	Cancellations(Registrations registrations, Seating seating, ApplicationEventPublisher publisher,
			TransactionTemplate transactions) {
		this.registrations = registrations;
		this.seating = seating;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	/**
	 * Ends the registration if it still has the expected status ({@code null}: any active status).
	 * @return whether this call ended it (false: it had already ended or changed)
	 */
	public boolean end(Long registrationId, RegistrationStatus expected, RegistrationStatus to,
			RegistrationCancelled.Reason reason) {
		return Retry.run(() -> this.transactions.execute(status -> endNow(registrationId, expected, to, reason)));
	}

	private boolean endNow(Long id, RegistrationStatus expected, RegistrationStatus to,
			RegistrationCancelled.Reason reason) {
		Registration registration = this.registrations.findById(id).orElse(null);
		if (registration == null || !registration.status().isActive()
				|| (expected != null && registration.status() != expected)) {
			return false;
		}
		if (this.registrations.end(id, registration.status().name(), to.name(), Seating.now()) == 0) {
			throw new OptimisticLockingFailureException("Registration " + id + " changed meanwhile");
		}
		boolean heldPlace = registration.status().holdsSeat();
		List<Long> freedSessions = this.seating.releaseAll(registration, heldPlace);
		this.publisher.publishEvent(new RegistrationCancelled(id, registration.eventId(), registration.email(),
				registration.locale(), reason));
		freedSessions.forEach(sessionId -> this.seating.fillSession(registration.eventId(), sessionId));
		if (heldPlace) {
			this.seating.fillEvent(registration.eventId(), registration.attendance());
		}
		return true;
	}

}
