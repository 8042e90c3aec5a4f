package nl.bijeen.accounts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing passwords: after a number of failed sign-ins with one account name or from one client
 * address, each further attempt must wait, 1 s, 2 s, 4 s … up to a cap. Kept in the database, so that every
 * instance counts the same failures. The account name is counted whether or not the account exists, so the
 * answer tells nothing about which names exist.
 */
@Service
public class SignInThrottle {

	enum Scope {
		ACCOUNT, ADDRESS
	}

	private final JdbcClient jdbc;

	private final AccountPolicyProperties properties;

	SignInThrottle(JdbcClient jdbc, AccountPolicyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * How long a sign-in with this name from this address must still wait, if at all.
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> waitFor(String username, String address) {
		LocalDateTime now = now();
		return this.jdbc
			.sql("select max(blocked_until) from sign_in_throttle where (scope = 'ACCOUNT' and subject = :name)"
					+ " or (scope = 'ADDRESS' and subject = :address)")
			.param("name", name(username))
			.param("address", address(address))
			.query(LocalDateTime.class)
			.optional()
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	/**
	 * Counts a failed sign-in (or a wrong second-factor code) for the name and the address.
	 */
	@Transactional
	public void failed(String username, String address) {
		LocalDateTime now = now();
		count(Scope.ACCOUNT, name(username), this.properties.getAccountThreshold(), now);
		count(Scope.ADDRESS, address(address), this.properties.getAddressThreshold(), now);
	}

	/**
	 * Forgets the failures of an account name after a successful sign-in. The address keeps its count (until
	 * the failures are old), so that signing in with one's own account does not reset guessing at others.
	 */
	@Transactional
	public void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_throttle where scope = 'ACCOUNT' and subject = :name")
			.param("name", name(username))
			.update();
	}

	/**
	 * Removes failures older than the window, and whose wait is over.
	 */
	@Transactional
	public int forgetOld() {
		LocalDateTime now = now();
		return this.jdbc
			.sql("delete from sign_in_throttle where last_failure_at < :before"
					+ " and (blocked_until is null or blocked_until < :now)")
			.param("before", now.minus(this.properties.getFailureWindow()))
			.param("now", now)
			.update();
	}

	private void count(Scope scope, String subject, int threshold, LocalDateTime now) {
		this.jdbc
			.sql("insert into sign_in_throttle (scope, subject, failures, last_failure_at) values (:scope, :subject, 0, :now)"
					+ " on conflict do nothing")
			.param("scope", scope.name())
			.param("subject", subject)
			.param("now", now)
			.update();
		this.jdbc
			.sql("update sign_in_throttle set failures = case when last_failure_at < :before then 1 else failures + 1 end,"
					+ " last_failure_at = :now where scope = :scope and subject = :subject")
			.param("before", now.minus(this.properties.getFailureWindow()))
			.param("now", now)
			.param("scope", scope.name())
			.param("subject", subject)
			.update();
		int failures = this.jdbc.sql("select failures from sign_in_throttle where scope = :scope and subject = :subject")
			.param("scope", scope.name())
			.param("subject", subject)
			.query(Integer.class)
			.single();
		if (failures >= threshold) {
			this.jdbc.sql("update sign_in_throttle set blocked_until = :until where scope = :scope and subject = :subject")
				.param("until", now.plus(delay(failures - threshold)))
				.param("scope", scope.name())
				.param("subject", subject)
				.update();
		}
	}

	/**
	 * The wait after the n-th failure beyond the threshold (0: the first): base × 2ⁿ, at most the cap.
	 */
	Duration delay(int beyond) {
		Duration max = this.properties.getMaxDelay();
		if (beyond >= 40) {
			return max;
		}
		Duration delay = this.properties.getBaseDelay().multipliedBy(1L << beyond);
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	static String name(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static String address(String address) {
		return (address == null) ? "unknown" : address;
	}

	static LocalDateTime now() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
