package nl.bijeen.registration.internal;

import java.util.HashMap;
import java.util.Map;

import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.Places;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The place counters of events and sessions. A place is only ever taken by one conditional update
 * ({@code taken + 1 where taken < capacity}): one row updated means the place is won, none means full.
 * A capacity lowered below the places taken keeps the people who have them ({@code taken} may then be above
 * {@code capacity}); no place is taken until {@code taken} is below it again.
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
@Repository
public class SeatCounters {

	private final JdbcClient jdbc;

	SeatCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String name(Attendance attendance) {
		return attendance.name();
	}

	public static String name(Long sessionId) {
		return "S" + sessionId;
	}

	/**
	 * Creates the counter with this capacity if it is missing (an existing one is left as it is).
	 * @return whether it was created
	 */
	public boolean create(Long eventId, String name, Long sessionId, Integer capacity) {
		return this.jdbc.sql("insert into seat_counter (event_id, name, session_id, capacity, taken) "
				+ "values (:eventId, :name, :sessionId, :capacity, 0) on conflict do nothing")
			.param("eventId", eventId)
			.param("name", name)
			.param("sessionId", sessionId, java.sql.Types.BIGINT)
			.param("capacity", capacity, java.sql.Types.INTEGER)
			.update() > 0;
	}

	/**
	 * Sets the counter's capacity to the configured one, creating the counter if it is missing. A capacity
	 * lowered below the places already taken is kept as it is: nobody loses a place, and nobody gets one
	 * until fewer places are taken than the capacity.
	 * @return whether the capacity changed (so that waiting people may now get a place)
	 */
	public boolean set(Long eventId, String name, Long sessionId, Integer capacity) {
		boolean created = create(eventId, name, sessionId, capacity);
		int changed;
		if (capacity == null) {
			changed = this.jdbc.sql("update seat_counter set capacity = null where event_id = :eventId and name = :name "
					+ "and capacity is not null").param("eventId", eventId).param("name", name).update();
		}
		else {
			changed = this.jdbc.sql("update seat_counter set capacity = :capacity where event_id = :eventId "
					+ "and name = :name and (capacity is null or capacity <> :capacity)")
				.param("eventId", eventId)
				.param("name", name)
				.param("capacity", capacity)
				.update();
		}
		return created || changed > 0;
	}

	/**
	 * Takes one place if one is left.
	 * @return whether the place was won
	 */
	public boolean claim(Long eventId, String name) {
		return this.jdbc.sql("update seat_counter set taken = taken + 1 where event_id = :eventId and name = :name "
				+ "and (capacity is null or taken < capacity)")
			.param("eventId", eventId)
			.param("name", name)
			.update() == 1;
	}

	/**
	 * Gives one place back.
	 */
	public void release(Long eventId, String name) {
		this.jdbc.sql("update seat_counter set taken = taken - 1 where event_id = :eventId and name = :name and taken > 0")
			.param("eventId", eventId)
			.param("name", name)
			.update();
	}

	/**
	 * All counters of an event by name.
	 */
	public Map<String, Places> of(Long eventId) {
		Map<String, Places> counters = new HashMap<>();
		this.jdbc.sql("select name, capacity, taken from seat_counter where event_id = :eventId")
			.param("eventId", eventId)
			.query(rs -> {
				int capacity = rs.getInt("capacity");
				counters.put(rs.getString("name"),
						new Places(rs.wasNull() ? null : capacity, rs.getInt("taken")));
			});
		return counters;
	}

}
