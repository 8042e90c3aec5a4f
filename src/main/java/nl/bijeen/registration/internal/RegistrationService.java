package nl.bijeen.registration.internal;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	RegistrationService(RegistrationValidator validator, Capacities capacities, RegistrationBatches batches) {
		this.validator = validator;
		this.capacities = capacities;
		this.batches = batches;
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
		ValidRegistration valid = this.validator.validate(request);
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
