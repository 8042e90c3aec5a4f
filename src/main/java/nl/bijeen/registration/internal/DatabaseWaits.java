package nl.bijeen.registration.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bounds how long the statements of the current transaction may wait for a row lock and run: on
 * PostgreSQL with {@code lock_timeout} and {@code statement_timeout} local to the transaction, on H2 (the
 * embedded database for trying bijeen out) with the session's {@code LOCK_TIMEOUT} and {@code QUERY_TIMEOUT},
 * put back when the transaction ends and the connection returns to the pool. (H2 2.4 refused inserts with
 * "check constraint invalid" once {@code QUERY_TIMEOUT} was used; that was H2's CHECK constraint bug fixed in
 * 2.5, see pom.xml.) A statement that runs out fails; the transaction then stores nothing (or rolls back to a
 * savepoint).
 */
@Component
class DatabaseWaits {

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	DatabaseWaits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Bounds the waits of the transaction in progress.
	 */
	void bound(Duration lockTimeout, Duration statementTimeout) {
		long lock = Math.max(1, lockTimeout.toMillis());
		long statement = Math.max(1, statementTimeout.toMillis());
		if (isPostgres()) {
			this.jdbc.queryForList("select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)",
					lock + "ms", statement + "ms");
			return;
		}
		Map<String, Object> before = this.jdbc.queryForMap("select lock_timeout() as lock_timeout, "
				+ "(select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT') "
				+ "as query_timeout");
		this.jdbc.execute("set lock_timeout " + lock);
		this.jdbc.execute("set query_timeout " + statement);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				DatabaseWaits.this.jdbc.execute("set lock_timeout " + number(before.get("lock_timeout")));
				DatabaseWaits.this.jdbc.execute("set query_timeout " + number(before.get("query_timeout")));
			}

		});
	}

	private static long number(Object value) {
		return (value == null) ? 0 : Long.parseLong(value.toString().strip());
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<Boolean>) con -> con.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
			this.postgres = known;
		}
		return known;
	}

	/**
	 * Whether the failure is a wait that ran out: a lock timeout or a cancelled statement. Told apart by the
	 * SQL state, not by Spring's exception type: a deadlock also arrives as a
	 * {@code CannotAcquireLockException}, and a deadlock is a lost race to run again, not a wait that ran out.
	 */
	static boolean ranOut(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof QueryTimeoutException || t instanceof java.sql.SQLTimeoutException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// PostgreSQL: lock_not_available, query_canceled; H2: timeout (lock timeout, query timeout).
				if (state.equals("55P03") || state.equals("57014") || state.equals("HYT00")) {
					return true;
				}
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
