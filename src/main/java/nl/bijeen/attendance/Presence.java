package nl.bijeen.attendance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * How many were checked in at each of these events (an event where nobody was is absent), counted in the
	 * database per event.
	 */
	public Map<Long, Integer> counts(Collection<Long> eventIds) {
		Map<Long, Integer> counts = new HashMap<>();
		List<Long> ids = List.copyOf(eventIds);
		for (int from = 0; from < ids.size(); from += 500) {
			this.jdbc.sql("select event_id, count(*) from check_in where event_id in (:ids) group by event_id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
		}
		return counts;
	}

	/** Whether this registration was checked in at this event. */
	public boolean present(Long eventId, Long registrationId) {
		return this.jdbc.sql("select count(*) from check_in where event_id = ? and registration_id = ?")
			.params(eventId, registrationId).query(Integer.class).single() > 0;
	}

}
