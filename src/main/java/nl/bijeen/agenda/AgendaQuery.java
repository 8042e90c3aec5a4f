package nl.bijeen.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventCriteria;
import nl.bijeen.events.EventSearch;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of the agenda: public events (never drafts) matching a filter, one page at a time, with their
 * organisers. Which events match is decided by the one event search ({@link EventSearch}), shared with the
 * API; this class reads what the agenda shows of them. Plain SQL that runs on PostgreSQL and H2.
 */
@Component
class AgendaQuery {

	/** How far back calendar feeds reach. */
	static final int FEED_MONTHS_BACK = 3;

	private static final String COLUMNS = "e.id, e.slug, e.title, e.subtitle, e.summary, e.event_type, e.attendance_mode,"
			+ " e.status, e.starts_at, e.ends_at, e.previous_starts_at, v.city";

	private final JdbcClient jdbc;

	private final EventSearch search;

	AgendaQuery(JdbcClient jdbc, EventSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	/**
	 * One page (numbered from 1) of the matching events.
	 */
	AgendaPage find(AgendaFilter filter, AgendaPeriod period, int page, int size, LocalDateTime now) {
		int safePage = Math.max(1, page);
		EventSearch.Result result = this.search.page(criteria(filter, period, now), size, (long) (safePage - 1) * size);
		return new AgendaPage(withOrganisers(items(result.ids())), result.total(), safePage, size);
	}

	/**
	 * The ids of the matching events, in time order, at most {@code limit}.
	 */
	List<Long> ids(AgendaFilter filter, AgendaPeriod period, int limit, LocalDateTime now) {
		return this.search.ids(criteria(filter, period, now), limit);
	}

	/**
	 * Every month in which a public event of the period starts, the most recent first for the archive, the
	 * earliest first otherwise.
	 */
	List<YearMonth> months(AgendaPeriod period, LocalDateTime now) {
		return this.search.startMonths(criteria(AgendaFilter.NONE, period, now));
	}

	private static EventCriteria criteria(AgendaFilter filter, AgendaPeriod period, LocalDateTime now) {
		EventCriteria criteria = switch (period) {
			case UPCOMING -> EventCriteria.upcoming(now);
			case PAST -> EventCriteria.past(now);
			case FEED -> EventCriteria.endingFrom(now.minusMonths(FEED_MONTHS_BACK));
		};
		criteria = criteria.theme(filter.theme())
			.audience(filter.audience())
			.organisation(filter.organisation())
			.person(filter.personId())
			.type(filter.type())
			.modes(filter.modes())
			.words(filter.words());
		if (filter.month() != null) {
			criteria = criteria.startingBetween(filter.month().atDay(1).atStartOfDay(),
					filter.month().plusMonths(1).atDay(1).atStartOfDay());
		}
		return criteria;
	}

	/**
	 * What the agenda shows of these events, in the order of the ids.
	 */
	private List<AgendaItem> items(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, AgendaItem> byId = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from event e left join venue v on v.id = e.venue_id where e.id in (:ids)")
			.param("ids", ids)
			.query(AgendaQuery::item)
			.list()
			.forEach(item -> byId.put(item.id(), item));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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

}
