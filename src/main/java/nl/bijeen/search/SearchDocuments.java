package nl.bijeen.search;

/**
 * The searchable documents as one SQL union, the same on both databases but for how HTML is stripped: one row
 * per public event (title; subtitle, summary, description, programme parts, sessions and people's names),
 * published article, person and organisation, and one per public material (file) of such an event or article:
 * its title, with the title of its event or article as its text. Columns: kind, id, slug, title, body, at (start or
 * publication), ends_at.
 */
final class SearchDocuments {

	private SearchDocuments() {
	}

	static String sql(boolean postgres) {
		String strip = postgres ? "regexp_replace(e.description_html, '<[^>]*>', ' ', 'g')"
				: "regexp_replace(e.description_html, '<[^>]*>', ' ')";
		return "select 'EVENT' as kind, e.id, e.slug, e.title, concat_ws(' ', e.subtitle, e.summary, " + strip + ","
				+ " (select string_agg(concat_ws(' ', p.title, p.description), ' ') from programme_part p where p.event_id = e.id),"
				+ " (select string_agg(concat_ws(' ', s.title, s.description), ' ') from session s where s.event_id = e.id),"
				+ " (select string_agg(pe.name, ' ') from contribution c join person pe on pe.id = c.person_id"
				+ " where c.event_id = e.id)) as body, e.starts_at as at, e.ends_at"
				+ " from event e where e.status <> 'DRAFT'"
				+ " union all select 'ARTICLE', a.id, a.slug, a.title, concat_ws(' ', a.lead, a.body, a.author),"
				+ " a.publish_at, null from article a where a.published = true and a.publish_at <= :now"
				+ " union all select 'PERSON', p.id, p.slug, p.name, concat_ws(' ', p.job_title, p.affiliation, p.bio),"
				+ " null, null from person p"
				+ " union all select 'ORGANISATION', o.id, o.slug, o.name, o.description, null, null from organisation o"
				+ " union all select 'MATERIAL', m.id, m.file_name, m.title, coalesce(me.title, ma.title),"
				+ " coalesce(me.starts_at, ma.publish_at), null from material m"
				+ " left join event me on me.id = m.event_id left join article ma on ma.id = m.article_id"
				+ " where m.registrants_only = false and ((me.id is not null and me.status <> 'DRAFT')"
				+ " or (ma.id is not null and ma.published = true and ma.publish_at <= :now))";
	}

	/** The outer conditions for the kind and period filters. */
	static String filters(SearchQuery query) {
		StringBuilder where = new StringBuilder();
		if (query.kind() != null) {
			where.append(" and d.kind = '").append(query.kind().name()).append('\'');
		}
		if (query.period() == SearchPeriod.UPCOMING) {
			where.append(" and d.kind = 'EVENT' and d.ends_at >= :now");
		}
		else if (query.period() == SearchPeriod.PAST) {
			where.append(" and d.kind = 'EVENT' and d.ends_at < :now");
		}
		return where.toString();
	}

}
