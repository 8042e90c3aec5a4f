package nl.bijeen.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The mailings of events ({@code mailing}): drafts change only while DRAFT, sending starts with a conditional update,
 * a batch claims the row with {@code for update}.
 */
@Repository
class Mailings {

	private static final String COLUMNS = "select id, event_id, subject, body, audience, session_id, session_title,"
			+ " status, created_by, created_at, sent_by, sent_at, queued_up_to, recipients, delivered, failed"
			+ " from mailing ";

	private final JdbcClient jdbc;

	Mailings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(Long eventId, String subject, String body, Audience audience, Long sessionId, String sessionTitle,
			String by, LocalDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into mailing (event_id, subject, body, audience, session_id, session_title, status,"
				+ " created_by, created_at) values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
			.params(eventId, subject, body, audience.name(), sessionId, sessionTitle, by, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Changes a draft; false when it is no draft (any more). */
	boolean update(long id, String subject, String body, Audience audience, Long sessionId, String sessionTitle) {
		return this.jdbc.sql("update mailing set subject = ?, body = ?, audience = ?, session_id = ?,"
				+ " session_title = ?, version = version + 1 where id = ? and status = 'DRAFT'")
			.params(subject, body, audience.name(), sessionId, sessionTitle, id)
			.update() == 1;
	}

	boolean deleteDraft(long eventId, long id) {
		return this.jdbc.sql("delete from mailing where id = ? and event_id = ? and status = 'DRAFT'")
			.params(id, eventId).update() == 1;
	}

	Optional<Mailing> find(long eventId, long id) {
		return this.jdbc.sql(COLUMNS + "where id = ? and event_id = ?").params(id, eventId)
			.query((rs, n) -> mailing(rs)).optional();
	}

	Optional<Mailing> find(long id) {
		return this.jdbc.sql(COLUMNS + "where id = ?").param(id).query((rs, n) -> mailing(rs)).optional();
	}

	/** The event's mailings, newest first. */
	List<Mailing> ofEvent(long eventId) {
		return this.jdbc.sql(COLUMNS + "where event_id = ? order by created_at desc, id desc").param(eventId)
			.query((rs, n) -> mailing(rs)).list();
	}

	/** DRAFT to SENDING, once: false when it was no draft. */
	boolean start(long id, String by, LocalDateTime now) {
		return this.jdbc.sql("update mailing set status = 'SENDING', sent_by = ?, sent_at = ?, version = version + 1"
				+ " where id = ? and status = 'DRAFT'")
			.params(by, now, id)
			.update() == 1;
	}

	/**
	 * Locks a mailing being sent for its next batch (inside the caller's transaction); empty when it is not being
	 * sent, or, with {@code skipLocked}, when another instance holds it.
	 */
	Optional<Mailing> claim(long id, boolean skipLocked) {
		return this.jdbc.sql(COLUMNS + "where id = ? and status = 'SENDING' for update" + (skipLocked ? " skip locked" : ""))
			.param(id).query((rs, n) -> mailing(rs)).optional();
	}

	/** Records a queued batch: the new cursor, the mails queued, and whether all are queued now. */
	void advance(long id, long cursor, int queued, boolean done) {
		this.jdbc.sql("update mailing set queued_up_to = ?, recipients = recipients + ?, status = ?,"
				+ " version = version + 1 where id = ?")
			.params(cursor, queued, done ? "SENT" : "SENDING", id)
			.update();
	}

	/** The mailings that began sending before the given time and are still being queued. */
	List<Long> stalled(LocalDateTime before) {
		return this.jdbc.sql("select id from mailing where status = 'SENDING' and sent_at < ? order by id")
			.param(before).query(Long.class).list();
	}

	/** Keeps the outbox's counts as last seen. */
	void counted(long id, int delivered, int failed) {
		this.jdbc.sql("update mailing set delivered = ?, failed = ? where id = ?").params(delivered, failed, id)
			.update();
	}

	private static Mailing mailing(ResultSet rs) throws SQLException {
		long session = rs.getLong("session_id");
		Long sessionId = rs.wasNull() ? null : session;
		return new Mailing(rs.getLong("id"), rs.getLong("event_id"), rs.getString("subject"), rs.getString("body"),
				Audience.valueOf(rs.getString("audience")), sessionId, rs.getString("session_title"),
				MailingStatus.valueOf(rs.getString("status")), rs.getString("created_by"), time(rs, "created_at"),
				rs.getString("sent_by"), time(rs, "sent_at"), rs.getLong("queued_up_to"), rs.getInt("recipients"),
				rs.getInt("delivered"), rs.getInt("failed"));
	}

	private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toLocalDateTime();
	}

}
