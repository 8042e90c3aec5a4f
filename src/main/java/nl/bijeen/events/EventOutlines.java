package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.rights.EventScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published events starting within a period, in outline (no texts, no collections), for overviews across many
 * events such as the dashboard: one query over the start time's index.
 */
@Service
public class EventOutlines {

	private final JdbcClient jdbc;

	EventOutlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published events in scope starting from {@code from} (inclusive) to {@code to} (exclusive), latest first.
	 */
	public List<EventOutline> startingBetween(LocalDateTime from, LocalDateTime to, EventScope scope) {
		List<EventOutline> all = this.jdbc.sql("""
				select e.id, e.title, e.starts_at, e.attendance_mode, e.capacity, e.capacity_online,
				       (select min(o.organisation_id) from event_organiser o where o.event_id = e.id and o.lead = true)
				         as lead_id
				from event e where e.status = 'PUBLISHED' and e.starts_at >= ? and e.starts_at < ?
				order by e.starts_at desc, e.id desc""")
			.params(from, to)
			.query((rs, n) -> new EventOutline(rs.getLong("id"), rs.getString("title"),
					rs.getTimestamp("starts_at").toLocalDateTime(),
					places(AttendanceMode.valueOf(rs.getString("attendance_mode")),
							(Integer) rs.getObject("capacity", Integer.class),
							(Integer) rs.getObject("capacity_online", Integer.class)),
					(Long) rs.getObject("lead_id", Long.class)))
			.list();
		return scope.all() ? all : scope.filter(all, EventOutline::id);
	}

	/** The places over every way of attending the event offers; {@code null} when one of them has no limit. */
	public static Integer places(AttendanceMode mode, Integer capacity, Integer capacityOnline) {
		return switch (mode) {
			case VENUE -> capacity;
			case ONLINE -> capacityOnline != null ? capacityOnline : capacity;
			case HYBRID -> (capacity == null || capacityOnline == null) ? null : capacity + capacityOnline;
		};
	}

	/**
	 * An event in outline.
	 *
	 * @param places the places over every way of attending, {@code null}: no limit
	 * @param leadOrganisationId the lead organisation, {@code null} when none is set
	 */
	public record EventOutline(long id, String title, LocalDateTime startsAt, Integer places, Long leadOrganisationId) {

	}

}
