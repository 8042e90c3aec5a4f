package nl.bijeen.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of the agenda: public events (never drafts) matching a filter, one page at a time, with their
 * organisers. Plain SQL that runs on PostgreSQL and H2.
 */
@Component
class AgendaQuery {

	/** How far back calendar feeds reach. */
	static final int FEED_MONTHS_BACK = 3;

	private static final String COLUMNS = "e.id, e.slug, e.title, e.subtitle, e.summary, e.event_type, e.attendance_mode,"
			+ " e.status, e.starts_at, e.ends_at, e.previous_starts_at, v.city";

	private final JdbcClient jdbc;

	AgendaQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page (numbered from 1) of the matching events.
	 */
	AgendaPage find(AgendaFilter filter, AgendaPeriod period, int page, int size, LocalDateTime now) {
		int safePage = Math.max(1, page);
		Where where = where(filter, period, now);
		long total = this.jdbc.sql("select count(*) from event e left join venue v on v.id = e.venue_id" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<AgendaItem> items = total == 0 ? List.of()
				: this.jdbc
					.sql("select " + COLUMNS + " from event e left join venue v on v.id = e.venue_id" + where.sql()
							+ order(period) + " limit :limit offset :offset")
					.params(where.params())
					.param("limit", size)
					.param("offset", (long) (safePage - 1) * size)
					.query(AgendaQuery::item)
					.list();
		return new AgendaPage(withOrganisers(items), total, safePage, size);
	}

	/**
	 * The ids of the matching events, in time order, at most {@code limit}.
	 */
	List<Long> ids(AgendaFilter filter, AgendaPeriod period, int limit, LocalDateTime now) {
		Where where = where(filter, period, now);
		return this.jdbc.sql("select e.id from event e left join venue v on v.id = e.venue_id" + where.sql()
				+ order(period) + " limit :limit")
			.params(where.params())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Every month in which a public event of the period starts, the most recent first for the archive, the
	 * earliest first otherwise.
	 */
	List<YearMonth> months(AgendaPeriod period, LocalDateTime now) {
		Where where = where(AgendaFilter.NONE, period, now);
		List<YearMonth> months = this.jdbc
			.sql("select distinct extract(year from e.starts_at) as y, extract(month from e.starts_at) as m"
					+ " from event e" + where.sql())
			.params(where.params())
			.query((rs, row) -> YearMonth.of(rs.getInt("y"), rs.getInt("m")))
			.list();
		return months.stream()
			.sorted(period == AgendaPeriod.PAST ? Comparator.reverseOrder() : Comparator.naturalOrder())
			.toList();
	}

	private static String order(AgendaPeriod period) {
		return period == AgendaPeriod.PAST ? " order by e.starts_at desc, e.id desc"
				: " order by e.starts_at asc, e.id asc";
	}

	private static Where where(AgendaFilter filter, AgendaPeriod period, LocalDateTime now) {
		Where where = new Where();
		where.add("e.status <> :draft", "draft", EventStatus.DRAFT.name());
		switch (period) {
			case UPCOMING -> where.add("e.ends_at >= :now", "now", now);
			case PAST -> where.add("e.ends_at < :now", "now", now);
			case FEED -> where.add("e.ends_at >= :since", "since", now.minusMonths(FEED_MONTHS_BACK));
		}
		if (filter.theme() != null) {
			where.add("exists (select 1 from event_theme et join theme t on t.id = et.theme_id"
					+ " where et.event_id = e.id and t.slug = :theme)", "theme", filter.theme());
		}
		if (filter.audience() != null) {
			where.add("exists (select 1 from event_audience ea join audience a on a.id = ea.audience_id"
					+ " where ea.event_id = e.id and a.slug = :audience)", "audience", filter.audience());
		}
		if (filter.organisation() != null) {
			where.add("exists (select 1 from event_organiser eo join organisation o on o.id = eo.organisation_id"
					+ " where eo.event_id = e.id and o.slug = :organisation)", "organisation", filter.organisation());
		}
		if (filter.personId() != null) {
			where.add("exists (select 1 from contribution c where c.event_id = e.id and c.person_id = :person)",
					"person", filter.personId());
		}
		if (filter.type() != null) {
			where.add("e.event_type = :type", "type", filter.type().name());
		}
		if (filter.mode() != null) {
			where.add("e.attendance_mode in (:modes)", "modes", filter.modes());
		}
		if (filter.month() != null) {
			where.add("e.starts_at >= :monthStart", "monthStart", filter.month().atDay(1).atStartOfDay());
			where.add("e.starts_at < :monthEnd", "monthEnd", filter.month().plusMonths(1).atDay(1).atStartOfDay());
		}
		for (int i = 0; i < filter.words().size(); i++) {
			String name = "word" + i;
			where.add("(lower(e.title) like :" + name + " escape '!' or lower(coalesce(e.subtitle, '')) like :" + name
					+ " escape '!' or lower(coalesce(e.summary, '')) like :" + name + " escape '!')", name,
					"%" + likeEscaped(filter.words().get(i).toLowerCase(Locale.ROOT)) + "%");
		}
		return where;
	}

	static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private List<AgendaItem> withOrganisers(List<AgendaItem> items) {
		if (items.isEmpty()) {
			return items;
		}
		Map<Long, List<OrganisationRef>> organisers = new HashMap<>();
		this.jdbc.sql("select eo.event_id, o.slug, o.name from event_organiser eo"
				+ " join organisation o on o.id = eo.organisation_id where eo.event_id in (:ids)"
				+ " order by eo.event_id, eo.lead desc, eo.position, o.name")
			.param("ids", items.stream().map(AgendaItem::id).toList())
			.query(rs -> {
				organisers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new OrganisationRef(rs.getString(2), rs.getString(3)));
			});
		return items.stream().map(item -> item.withOrganisers(organisers.getOrDefault(item.id(), List.of()))).toList();
	}

	private static AgendaItem item(ResultSet rs, int row) throws SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("subtitle"),
				rs.getString("summary"), EventType.valueOf(rs.getString("event_type")),
				AttendanceMode.valueOf(rs.getString("attendance_mode")), EventStatus.valueOf(rs.getString("status")),
				rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
				rs.getObject("previous_starts_at", LocalDateTime.class), rs.getString("city"), List.of());
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
