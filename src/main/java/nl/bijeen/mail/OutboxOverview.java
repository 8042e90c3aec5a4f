package nl.bijeen.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static nl.bijeen.mail.OutboxMails.instant;
import static nl.bijeen.mail.OutboxMails.timestamp;

/**
 * The outbox as organisers see it: counts, lists and retrying mails that were given up, each within the part
 * of the outbox the organiser may see ({@link MailScope}, a condition in the SQL).
 */
@Repository
class OutboxOverview {

	private static final String COLUMNS = "id, created_at, to_address, to_name, subject, status, attempts,"
			+ " next_attempt_at, last_error, sent_at, reference";

	private final JdbcClient jdbc;

	OutboxOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Number of mails per status within the scope, every status present.
	 */
	Map<MailStatus, Long> counts(MailScope scope) {
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, 0L);
		}
		scope.bind(this.jdbc.sql("select status, count(*) as n from mail_outbox where " + scope.condition()
				+ " group by status"))
			.query((rs, n) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * Number of mails per status in the whole outbox.
	 */
	Map<MailStatus, Long> counts() {
		return counts(MailScope.ALL);
	}

	long countPending() {
		return this.jdbc.sql("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	/**
	 * Mails with this status within the scope, the ones due first (or sent last) first.
	 */
	List<OutboxEntry> findByStatus(MailStatus status, int limit, MailScope scope) {
		String order = (status == MailStatus.SENT) ? "sent_at desc, id desc" : "next_attempt_at, id";
		return scope.bind(this.jdbc.sql("select " + COLUMNS + " from mail_outbox where status = :status and "
				+ scope.condition() + " order by " + order + " limit :limit"))
			.param("status", status.name())
			.param("limit", limit)
			.query((rs, n) -> entry(rs))
			.list();
	}

	List<OutboxEntry> findByStatus(MailStatus status, int limit) {
		return findByStatus(status, limit, MailScope.ALL);
	}

	/**
	 * Whether the mail exists within the scope.
	 */
	boolean visible(long id, MailScope scope) {
		return scope.bind(this.jdbc.sql("select count(*) from mail_outbox where id = :id and " + scope.condition()))
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Gives a dead mail within the scope a fresh series of attempts; false if it is not (or no longer) dead.
	 */
	boolean retry(long id, MailScope scope, Instant now) {
		return scope.bind(this.jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0,"
				+ " next_attempt_at = :now where id = :id and status = 'DEAD' and " + scope.condition()))
			.param("now", timestamp(now))
			.param("id", id)
			.update() == 1;
	}

	boolean retry(long id, Instant now) {
		return retry(id, MailScope.ALL, now);
	}

	/**
	 * Gives every dead mail within the scope a fresh series of attempts.
	 * @return how many
	 */
	int retryAllDead(MailScope scope, Instant now) {
		return scope.bind(this.jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0,"
				+ " next_attempt_at = :now where status = 'DEAD' and " + scope.condition()))
			.param("now", timestamp(now))
			.update();
	}

	private static OutboxEntry entry(ResultSet rs) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), instant(rs, "created_at"), rs.getString("to_address"),
				rs.getString("to_name"), rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
				instant(rs, "sent_at"), rs.getString("reference"));
	}

}
