package nl.bijeen.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts for the dashboard, aggregated in the database (GROUP BY over indexed columns, never a row per
 * registration): registrations and their endings per day, places held and waited for per session, and the
 * counts per status of many events at once.
 */
@Service
public class RegistrationFigures {

	/** Most event ids in one {@code in (...)} list. */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	RegistrationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per day (in order) on which something happened: the registrations made that day (whatever became of them)
	 * and those that ended that day (cancelled or not approved).
	 */
	public List<RegistrationDay> byDay(Long eventId) {
		Map<LocalDate, int[]> days = new TreeMap<>();
		this.jdbc.sql("select cast(created_at as date) as d, count(*) as n from registration "
				+ "where event_id = :eventId group by cast(created_at as date)").param("eventId", eventId)
			.query((RowCallbackHandler) rs -> days.computeIfAbsent(rs.getDate("d").toLocalDate(),
						d -> new int[2])[0] = rs.getInt("n"));
		this.jdbc.sql("select cast(cancelled_at as date) as d, count(*) as n from registration "
				+ "where event_id = :eventId and cancelled_at is not null and status in ('CANCELLED', 'REJECTED') "
				+ "group by cast(cancelled_at as date)").param("eventId", eventId)
			.query((RowCallbackHandler) rs -> days.computeIfAbsent(rs.getDate("d").toLocalDate(),
						d -> new int[2])[1] = rs.getInt("n"));
		List<RegistrationDay> list = new ArrayList<>();
		days.forEach((day, n) -> list.add(new RegistrationDay(day, n[0], n[1])));
		return list;
	}

	/**
	 * Per session id of the event: the registrations with a place at the event (or one held for them) holding a
	 * place in the session and waiting for one in it. Those on the event's waiting list count there, not here.
	 */
	public Map<Long, SessionCount> sessions(Long eventId) {
		Map<Long, int[]> counts = new HashMap<>();
		this.jdbc.sql("select c.session_id, c.status, count(*) as n from registration_choice c "
				+ "join registration r on r.id = c.registration_id where r.event_id = :eventId "
				+ "and r.status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED') group by c.session_id, c.status")
			.param("eventId", eventId).query((RowCallbackHandler) rs -> {
					int[] n = counts.computeIfAbsent(rs.getLong("session_id"), id -> new int[2]);
					n["CONFIRMED".equals(rs.getString("status")) ? 0 : 1] += rs.getInt("n");
				});
		Map<Long, SessionCount> result = new HashMap<>();
		counts.forEach((id, n) -> result.put(id, new SessionCount(n[0], n[1])));
		return result;
	}

	/**
	 * The counts per status of these events (an event without registrations is absent).
	 */
	public Map<Long, StatusCounts> ofEvents(Collection<Long> eventIds) {
		Map<Long, int[]> counts = new HashMap<>();
		List<Long> ids = List.copyOf(eventIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			this.jdbc.sql("select event_id, status, count(*) as n from registration where event_id in (:ids) "
					+ "group by event_id, status").param("ids", chunk).query((RowCallbackHandler) rs -> {
						int[] n = counts.computeIfAbsent(rs.getLong("event_id"), id -> new int[4]);
						n[StatusCounts.slot(rs.getString("status"))] += rs.getInt("n");
					});
		}
		Map<Long, StatusCounts> result = new HashMap<>();
		counts.forEach((id, n) -> result.put(id, new StatusCounts(n[0], n[1], n[2], n[3])));
		return result;
	}

	/**
	 * Registrations made and ended on one day.
	 *
	 * @param day the day (Amsterdam time, as registrations are stored)
	 * @param registered registrations made that day, including those that ended later
	 * @param ended registrations cancelled or not approved that day
	 */
	public record RegistrationDay(LocalDate day, int registered, int ended) {

	}

	/**
	 * The active registrations of one session.
	 *
	 * @param confirmed holding a place in it
	 * @param waitlisted waiting for a place in it
	 */
	public record SessionCount(int confirmed, int waitlisted) {

	}

	/**
	 * An event's registrations by status.
	 *
	 * @param confirmed with a place
	 * @param waitlisted on the waiting list
	 * @param pending awaiting approval or an accepted offer (their place is held)
	 * @param ended cancelled or not approved
	 */
	public record StatusCounts(int confirmed, int waitlisted, int pending, int ended) {

		public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

		static int slot(String status) {
			return switch (status) {
				case "CONFIRMED" -> 0;
				case "WAITLISTED" -> 1;
				case "PENDING_APPROVAL", "OFFERED" -> 2;
				default -> 3;
			};
		}

		/** Every registration ever made (ended ones included). */
		public int registered() {
			return this.confirmed + this.waitlisted + this.pending + this.ended;
		}

	}

}
