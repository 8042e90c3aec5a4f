package nl.bijeen.registration.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Runs a whole transaction again when the database made it lose a race: a deadlock, a lock timeout, a
 * concurrent update or a unique key taken meanwhile (the retry then finds the winner's row). Each attempt
 * is a complete, fresh transaction, so nothing of a lost attempt remains.
 */
final class Retry {

	static final int ATTEMPTS = 12;

	private Retry() {
	}

	static <T> T run(Supplier<T> transaction) {
		return run(transaction, failure -> false);
	}

	/**
	 * Runs the transaction, again after a lost race, but not after a failure that {@code isFinal} says
	 * trying again will not mend (that one is thrown at once).
	 */
	static <T> T run(Supplier<T> transaction, java.util.function.Predicate<RuntimeException> isFinal) {
		RuntimeException last = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				return transaction.get();
			}
			catch (TransientDataAccessException | DataIntegrityViolationException
					| UncategorizedSQLException ex) {
				if (isFinal.test(ex)) {
					throw ex;
				}
				last = ex;
				pause(attempt);
			}
		}
		throw last;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt + 3));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying", ex);
		}
	}

}
