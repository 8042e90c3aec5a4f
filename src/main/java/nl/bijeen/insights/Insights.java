package nl.bijeen.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored insights.
 */
@Repository
class Insights {

	private static final String COLUMNS = "id, event_id, session_id, text, author_name, status, submitted_at";

	private final JdbcClient jdbc;

	Insights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long eventId, Long sessionId, String text, String authorName, InsightStatus status, String clientKey,
			LocalDateTime at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into insight (event_id, session_id, text, author_name, status, client_key, submitted_at)"
				+ " values (:event, :session, :text, :name, :status, :client, :at)")
			.param("event", eventId)
			.param("session", sessionId)
			.param("text", text)
			.param("name", authorName)
			.param("status", status.name())
			.param("client", clientKey)
			.param("at", at)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Insight> find(long eventId, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from insight where id = ? and event_id = ?")
			.params(id, eventId)
			.query(Insights::row)
			.optional();
	}

	/** The insights of an event with this status, newest first. */
	List<Insight> ofEvent(long eventId, InsightStatus status) {
		return this.jdbc.sql("select " + COLUMNS + " from insight where event_id = ? and status = ?"
				+ " order by submitted_at desc, id desc")
			.params(eventId, status.name())
			.query(Insights::row)
			.list();
	}

	boolean moderate(long eventId, long id, InsightStatus status, String by, LocalDateTime at) {
		return this.jdbc.sql("update insight set status = ?, moderated_by = ?, moderated_at = ?"
				+ " where id = ? and event_id = ?")
			.params(status.name(), by, at, id, eventId)
			.update() == 1;
	}

	/** Clears the address hashes older than this moment: they served the rate limit only. */
	int forgetClients(LocalDateTime before) {
		return this.jdbc.sql("update insight set client_key = null where client_key is not null and submitted_at < ?")
			.param(before)
			.update();
	}

	private static Insight row(ResultSet rs, int n) throws SQLException {
		long session = rs.getLong("session_id");
		return new Insight(rs.getLong("id"), rs.getLong("event_id"), rs.wasNull() ? null : session,
				rs.getString("text"), rs.getString("author_name"), InsightStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toLocalDateTime());
	}

}
