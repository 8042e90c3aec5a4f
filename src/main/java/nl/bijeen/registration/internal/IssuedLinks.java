package nl.bijeen.registration.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The personal link tokens issued or presented in the current transaction, so that the mails written in
 * that transaction can contain the link. Tokens never leave the transaction otherwise: the published
 * event records carry no token, so nothing stores it.
 */
public final class IssuedLinks {

	private static final Object KEY = IssuedLinks.class;

	private IssuedLinks() {
	}

	public static void remember(Long registrationId, String token) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		tokens().put(registrationId, token);
	}

	public static Optional<String> of(Long registrationId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return Optional.ofNullable(tokens().get(registrationId));
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, String> tokens() {
		Map<Long, String> tokens = (Map<Long, String>) TransactionSynchronizationManager.getResource(KEY);
		if (tokens == null) {
			tokens = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, tokens);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		return tokens;
	}

}
