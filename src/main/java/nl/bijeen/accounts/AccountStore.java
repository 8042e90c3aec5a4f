package nl.bijeen.accounts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in state of accounts (address, password state, ended sessions, second factor), written with plain
 * SQL next to the {@link Account} aggregate so that the aggregate stays as it is.
 */
@Repository
class AccountStore {

	private static final String SELECT = "select a.id, a.username, a.display_name, a.email, a.role, a.enabled,"
			+ " a.must_change_password, a.password_changed_at, a.sessions_valid_after,"
			+ " (select count(*) from account_two_factor t where t.account_id = a.id) as two_factor from account a ";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountStatus> byUsername(String username) {
		return this.jdbc.sql(SELECT + "where a.username = :username")
			.param("username", username)
			.query(AccountStore::status)
			.optional();
	}

	Optional<AccountStatus> byId(long id) {
		return this.jdbc.sql(SELECT + "where a.id = :id").param("id", id).query(AccountStore::status).optional();
	}

	Optional<AccountStatus> byEmail(String email) {
		return this.jdbc.sql(SELECT + "where a.email = :email")
			.param("email", normalise(email))
			.query(AccountStore::status)
			.optional();
	}

	List<AccountStatus> all() {
		return this.jdbc.sql(SELECT + "order by lower(a.display_name), a.id").query(AccountStore::status).list();
	}

	Optional<String> passwordHash(long id) {
		return this.jdbc.sql("select password_hash from account where id = :id").param("id", id).query(String.class).optional();
	}

	void setEmail(long id, String email) {
		this.jdbc.sql("update account set email = :email where id = :id")
			.param("email", normalise(email))
			.param("id", id)
			.update();
	}

	/**
	 * Sets a new password hash and ends every session of the account signed in before {@code now}.
	 */
	void setPassword(long id, String hash, LocalDateTime now) {
		this.jdbc
			.sql("update account set password_hash = :hash, must_change_password = false, password_changed_at = :now,"
					+ " sessions_valid_after = :now, version = version + 1 where id = :id")
			.param("hash", hash)
			.param("now", now)
			.param("id", id)
			.update();
	}

	void requirePasswordChange(long id) {
		this.jdbc.sql("update account set must_change_password = true where id = :id").param("id", id).update();
	}

	void setEnabled(long id, boolean enabled, LocalDateTime now) {
		this.jdbc
			.sql("update account set enabled = :enabled, sessions_valid_after = :now, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("now", now)
			.param("id", id)
			.update();
	}

	void endSessions(long id, LocalDateTime now) {
		this.jdbc.sql("update account set sessions_valid_after = :now where id = :id")
			.param("now", now)
			.param("id", id)
			.update();
	}

	static String normalise(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	private static AccountStatus status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp changed = rs.getTimestamp("password_changed_at");
		java.sql.Timestamp valid = rs.getTimestamp("sessions_valid_after");
		return new AccountStatus(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Account.Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), (changed != null) ? changed.toLocalDateTime() : null,
				(valid != null) ? valid.toLocalDateTime() : null, rs.getInt("two_factor") > 0);
	}

}
