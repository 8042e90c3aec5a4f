package nl.bijeen.events;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one search for public events (never drafts): the agenda, its archive and calendar feeds, and the
 * API's event list all find their events here, one page of ids at a time, in the database. Plain SQL that
 * runs on PostgreSQL and H2.
 */
@Component
public class EventSearch {

	private final JdbcClient jdbc;

	EventSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of ids of matching events, in order, and how many match in all.
	 */
	public record Result(List<Long> ids, long total) {
	}

	/**
	 * One page of matching events: at most {@code limit} ids from {@code offset} on, and the total.
	 */
	public Result page(EventCriteria criteria, int limit, long offset) {
		Where where = where(criteria);
		long total = this.jdbc.sql("select count(*) from event e" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		return new Result(total == 0 ? List.of() : ids(where, criteria, limit, offset), total);
	}

	/**
	 * The ids of the first {@code limit} matching events, in order.
	 */
	public List<Long> ids(EventCriteria criteria, int limit) {
		return ids(where(criteria), criteria, limit, 0);
	}

	/**
	 * Every month in which a matching event starts: the most recent first when {@link EventCriteria#latestFirst()},
	 * the earliest first otherwise.
	 */
	public List<YearMonth> startMonths(EventCriteria criteria) {
		Where where = where(criteria);
		List<YearMonth> months = this.jdbc
			.sql("select distinct extract(year from e.starts_at) as y, extract(month from e.starts_at) as m"
					+ " from event e" + where.sql())
			.params(where.params())
			.query((rs, row) -> YearMonth.of(rs.getInt("y"), rs.getInt("m")))
			.list();
		return months.stream()
			.sorted(criteria.latestFirst() ? Comparator.reverseOrder() : Comparator.naturalOrder())
			.toList();
	}

	/**
	 * The ids of the events an organisation (co-)organises, drafts included.
	 */
	public List<Long> organisedBy(long organisationId) {
		return this.jdbc.sql("select event_id from event_organiser where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.list();
	}

	private List<Long> ids(Where where, EventCriteria criteria, int limit, long offset) {
		String direction = criteria.latestFirst() ? "desc" : "asc";
		// Events not yet over are few among years of past ones, but PostgreSQL would read the start-time index
		// from the oldest event on, filtering out every past one. "offset 0" keeps the subquery as it is: it
		// finds the coming events by their end (index event_ends_at), and only those are sorted.
		String from = criteria.endsFrom() != null && !criteria.latestFirst()
				? "(select e.id, e.starts_at from event e" + where.sql() + " offset 0) e"
				: "event e" + where.sql();
		return this.jdbc.sql("select e.id from " + from + " order by e.starts_at " + direction + ", e.id "
				+ direction + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(Long.class)
			.list();
	}

	private static Where where(EventCriteria c) {
		Where where = new Where();
		where.add("e.status <> :draft", "draft", EventStatus.DRAFT.name());
		if (c.endsFrom() != null) {
			where.add("e.ends_at >= :endsFrom", "endsFrom", c.endsFrom());
		}
		if (c.endsBefore() != null) {
			where.add("e.ends_at < :endsBefore", "endsBefore", c.endsBefore());
		}
		if (c.theme() != null) {
			where.add("exists (select 1 from event_theme et join theme t on t.id = et.theme_id"
					+ " where et.event_id = e.id and t.slug = :theme)", "theme", c.theme());
		}
		if (c.audience() != null) {
			where.add("exists (select 1 from event_audience ea join audience a on a.id = ea.audience_id"
					+ " where ea.event_id = e.id and a.slug = :audience)", "audience", c.audience());
		}
		if (c.organisation() != null) {
			where.add("exists (select 1 from event_organiser eo join organisation o on o.id = eo.organisation_id"
					+ " where eo.event_id = e.id and o.slug = :organisation)", "organisation", c.organisation());
		}
		if (c.personId() != null) {
			where.add("exists (select 1 from contribution c where c.event_id = e.id and c.person_id = :person)",
					"person", c.personId());
		}
		if (c.type() != null) {
			where.add("e.event_type = :type", "type", c.type().name());
		}
		if (!c.modes().isEmpty()) {
			where.add("e.attendance_mode in (:modes)", "modes", c.modes().stream().map(Enum::name).toList());
		}
		if (c.startsFrom() != null) {
			where.add("e.starts_at >= :startsFrom", "startsFrom", c.startsFrom());
		}
		if (c.startsBefore() != null) {
			where.add("e.starts_at < :startsBefore", "startsBefore", c.startsBefore());
		}
		for (int i = 0; i < c.words().size(); i++) {
			String name = "word" + i;
			where.add("(lower(e.title) like :" + name + " escape '!' or lower(coalesce(e.subtitle, '')) like :" + name
					+ " escape '!' or lower(coalesce(e.summary, '')) like :" + name + " escape '!')", name,
					"%" + likeEscaped(c.words().get(i).toLowerCase(Locale.ROOT)) + "%");
		}
		return where;
	}

	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * A WHERE clause built from parts, with its named parameters.
	 */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		void add(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.params.put(name, value);
		}

		String sql() {
			return " where " + String.join(" and ", this.conditions);
		}

		Map<String, Object> params() {
			return this.params;
		}

	}

}
