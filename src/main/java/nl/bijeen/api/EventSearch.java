package nl.bijeen.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.Zones;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the ids of public events by the agenda's filters, one page at a time, in the database.
 */
@Component
class EventSearch {

	private final JdbcClient jdbc;

	EventSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Result(List<Long> ids, long total) {
	}

	Result find(EventFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		long total = this.jdbc.sql("select count(*) from event e where " + where)
			.params(params)
			.query(Long.class)
			.single();
		String direction = filter.archive() ? "desc" : "asc";
		params.put("limit", filter.sizeOrDefault());
		params.put("offset", (long) filter.pageOrDefault() * filter.sizeOrDefault());
		List<Long> ids = this.jdbc
			.sql("select e.id from event e where " + where + " order by e.starts_at " + direction + ", e.id " + direction
					+ " limit :limit offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		return new Result(ids, total);
	}

	/**
	 * The ids of the events an organisation (co-)organises.
	 */
	List<Long> organisedBy(long organisationId) {
		return this.jdbc.sql("select event_id from event_organiser where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.list();
	}

	private static String where(EventFilter filter, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("e.status <> 'DRAFT'");
		params.put("now", LocalDateTime.now(Zones.AMSTERDAM));
		clauses.add(filter.archive() ? "e.ends_at < :now" : "e.ends_at >= :now");
		if (present(filter.theme())) {
			clauses.add("exists (select 1 from event_theme et join theme t on t.id = et.theme_id "
					+ "where et.event_id = e.id and t.slug = :theme)");
			params.put("theme", filter.theme());
		}
		if (present(filter.audience())) {
			clauses.add("exists (select 1 from event_audience ea join audience a on a.id = ea.audience_id "
					+ "where ea.event_id = e.id and a.slug = :audience)");
			params.put("audience", filter.audience());
		}
		if (present(filter.organisation())) {
			clauses.add("exists (select 1 from event_organiser eo join organisation o on o.id = eo.organisation_id "
					+ "where eo.event_id = e.id and o.slug = :organisation)");
			params.put("organisation", filter.organisation());
		}
		if (filter.type() != null) {
			clauses.add("e.event_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.mode() != null) {
			clauses.add("e.attendance_mode = :mode");
			params.put("mode", filter.mode().name());
		}
		if (filter.from() != null) {
			clauses.add("e.starts_at >= :from");
			params.put("from", filter.from().atStartOfDay());
		}
		if (filter.to() != null) {
			clauses.add("e.starts_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay());
		}
		if (present(filter.q())) {
			clauses.add("(lower(e.title) like :q escape '!' or lower(coalesce(e.subtitle, '')) like :q escape '!' "
					+ "or lower(coalesce(e.summary, '')) like :q escape '!')");
			params.put("q", "%" + escapeLike(filter.q().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		return String.join(" and ", clauses);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
