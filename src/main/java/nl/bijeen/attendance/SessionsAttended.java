package nl.bijeen.attendance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read model for other modules (certificates, reports): the sessions (workshops) a registration was checked in
 * to, by session id, in the order of check-in.
 */
@Service
public class SessionsAttended {

	private final JdbcClient jdbc;

	SessionsAttended(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the sessions this registration attended. */
	public List<Long> of(Long registrationId) {
		return this.jdbc.sql("select session_id from session_attendance where registration_id = ? "
				+ "order by checked_in_at, session_id").param(registrationId).query(Long.class).list();
	}

	/** Per session of the event where anyone was checked in: how many were. */
	public Map<Long, Integer> countsBySession(Long eventId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("select session_id, count(*) from session_attendance where event_id = ? group by session_id")
			.param(eventId)
			.query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
		return counts;
	}

	/** Per registration at the event (absent: none), the ids of the sessions attended. */
	public Map<Long, List<Long>> ofEvent(Long eventId) {
		Map<Long, List<Long>> attended = new HashMap<>();
		this.jdbc.sql("select registration_id, session_id from session_attendance where event_id = ? "
				+ "order by checked_in_at, session_id").param(eventId)
			.query((RowCallbackHandler) rs -> attended.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(rs.getLong(2)));
		return attended;
	}

}
