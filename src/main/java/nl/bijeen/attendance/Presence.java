package nl.bijeen.attendance;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who was present at an event: checked in at the door. For certificates of attendance and the registers'
 * presence lists. Attendance per workshop is {@link SessionsAttended}.
 */
@Service
public class Presence {

	private final JdbcClient jdbc;

	Presence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The registrations checked in at the event. */
	public Set<Long> of(Long eventId) {
		Set<Long> ids = new HashSet<>();
		this.jdbc.sql("select registration_id from check_in where event_id = ?").param(eventId)
			.query((RowCallbackHandler) rs -> ids.add(rs.getLong(1)));
		return ids;
	}

	/** Whether this registration was checked in at this event. */
	public boolean present(Long eventId, Long registrationId) {
		return this.jdbc.sql("select count(*) from check_in where event_id = ? and registration_id = ?")
			.params(eventId, registrationId).query(Integer.class).single() > 0;
	}

}
