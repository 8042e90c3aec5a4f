package nl.bijeen.registration.internal;

import org.springframework.dao.DataAccessException;
import nl.bijeen.registration.RegistrationRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers people. The place at the event and in each chosen session is taken by conditional updates in
 * the same transaction as the registration row, its choices and answers and the mails in the outbox: all
 * of it is stored, or none of it. When many people register at once, their registrations are stored
 * together in fewer transactions ({@link RegistrationBatches}), each one all or nothing all the same.
 */
@Service
public class RegistrationService {

	private final RegistrationValidator validator;

	private final Capacities capacities;

	private final RegistrationBatches batches;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate ownTransaction;

	RegistrationService(RegistrationValidator validator, Capacities capacities, RegistrationBatches batches,
			ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager) {
		this.validator = validator;
		this.capacities = capacities;
		this.batches = batches;
		this.publisher = publisher;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Registers for a participant who must not learn from the answer whether an address is registered: as
	 * {@link #register(RegistrationRequest)}, but a refusal for lack of places (the event or a chosen
	 * workshop full without waiting list) is not thrown. It goes to the address by mail
	 * ({@link RegistrationRefused}), and the caller answers exactly as for a new or an existing registration.
	 * @return the result; {@link RegistrationResult.Kind#REFUSED} when there was no place
	 * @throws RegistrationRejected when the request itself is not valid or registration is closed
	 */
	public RegistrationResult submit(RegistrationRequest request) {
		ValidRegistration valid = this.validator.validate(request);
		try {
			return store(valid);
		}
		catch (RegistrationRejected rejected) {
			if (!rejected.isNoPlace()) {
				throw rejected;
			}
			this.ownTransaction.executeWithoutResult(status -> this.publisher.publishEvent(rejected.refusal(valid)));
			return new RegistrationResult(RegistrationResult.Kind.REFUSED, null, null, null);
		}
	}

	/**
	 * Registers, or finds the registration this request repeats, or sends the personal link again to an
	 * address that is already registered.
	 * @throws RegistrationRejected when the request is not valid or the event (or a session) is full
	 * without waiting list; nothing is stored then
	 * @throws RegistrationBusy when the database was too busy (a wait ran out); nothing is stored then
	 * @throws RegistrationOutcomeUnknown when the wait for the registration ran out while it was being
	 * stored: the outcome comes by mail, and the same request again tells it
	 */
	public RegistrationResult register(RegistrationRequest request) {
		return store(this.validator.validate(request));
	}

	/**
	 * Registers a walk-in on site, for the organiser at the check-in: with a place at the event (and in each
	 * chosen session) confirmed at once, or not at all; never on the waiting list, never overbooked. Stored alone
	 * (not batched), so the answer is known at once. The confirmation mail goes out as for any registration.
	 * @throws RegistrationRejected when the request is not valid, or there is no place ({@code isNoPlace()})
	 */
	public RegistrationResult registerOnSite(RegistrationRequest request) {
		ValidRegistration valid = this.validator.validate(request, true);
		try {
			this.capacities.ensureCounters(valid.event(), valid.rounds());
		}
		catch (DataAccessException ex) {
			if (DatabaseWaits.ranOut(ex)) {
				throw new RegistrationBusy("The place counters are locked; the registration is not stored", ex);
			}
			throw ex;
		}
		return this.batches.storeAlone(valid);
	}

	private RegistrationResult store(ValidRegistration valid) {
		try {
			this.capacities.ensureCounters(valid.event(), valid.rounds());
		}
		catch (DataAccessException ex) {
			if (DatabaseWaits.ranOut(ex)) {
				throw new RegistrationBusy("The place counters are locked; the registration is not stored", ex);
			}
			throw ex;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive() || !this.batches.enabled()) {
			// Inside the caller's transaction (which the batches could not see), or batching switched off.
			return this.batches.storeAlone(valid);
		}
		return this.batches.register(valid);
	}

}
