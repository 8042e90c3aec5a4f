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
 * The database check {@code taken <= capacity} guards this once more.
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
	 * Creates the counter if it is missing and brings its capacity in line with the configured one. A
	 * capacity lowered below the places already taken is kept at the places taken: nobody loses a place.
	 * @return whether the capacity changed (so that waiting people may now get a place)
	 */
	public boolean ensure(Long eventId, String name, Long sessionId, Integer capacity) {
		this.jdbc.sql("insert into seat_counter (event_id, name, session_id, capacity, taken) "
				+ "values (:eventId, :name, :sessionId, :capacity, 0) on conflict do nothing")
			.param("eventId", eventId)
			.param("name", name)
			.param("sessionId", sessionId, java.sql.Types.BIGINT)
			.param("capacity", capacity, java.sql.Types.INTEGER)
			.update();
		if (capacity == null) {
			return this.jdbc.sql("update seat_counter set capacity = null where event_id = :eventId and name = :name "
					+ "and capacity is not null").param("eventId", eventId).param("name", name).update() > 0;
		}
		else {
			return this.jdbc.sql("update seat_counter set capacity = greatest(:capacity, taken) where event_id = :eventId "
					+ "and name = :name and (capacity is null or capacity <> greatest(:capacity, taken))")
				.param("eventId", eventId)
				.param("name", name)
				.param("capacity", capacity)
				.update() > 0;
		}
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
