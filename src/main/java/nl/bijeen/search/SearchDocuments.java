package nl.bijeen.search;

/**
 * The searchable documents as one SQL union, the same on both databases but for how HTML is stripped: one row
 * per public event (title; subtitle, summary, description, programme parts, sessions and people's names),
 * published article (also one scheduled for later: a search only shows it from its publication time), person
 * and organisation, and one per public material (file) of such an event or article: its title, with the title of
 * its event or article as its text (slug: its file name). Columns: kind, id, slug, title, body, at (start or
 * publication), ends_at. Written into {@code search_document} by {@link SearchIndex}; searches read that table.
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
				+ " a.publish_at, null from article a where a.published = true"
				+ " union all select 'PERSON', p.id, p.slug, p.name, concat_ws(' ', p.job_title, p.affiliation, p.bio),"
				+ " null, null from person p"
				+ " union all select 'ORGANISATION', o.id, o.slug, o.name, o.description, null, null from organisation o"
				+ " union all select 'MATERIAL', m.id, m.file_name, m.title, coalesce(me.title, ma.title),"
				+ " coalesce(me.starts_at, ma.publish_at), null from material m"
				+ " left join event me on me.id = m.event_id left join article ma on ma.id = m.article_id"
				+ " where " + PUBLIC_MATERIAL;
	}

	/** A public file of a public event or of a published article (due or not: a search checks that live). */
	private static final String PUBLIC_MATERIAL = "m.registrants_only = false and ((me.id is not null and"
			+ " me.status <> 'DRAFT') or (ma.id is not null and ma.published = true))";

	/** The kinds and ids of the documents {@link #sql(boolean)} builds, without building them. */
	static String ids() {
		return "select 'EVENT' as kind, e.id from event e where e.status <> 'DRAFT'"
				+ " union all select 'ARTICLE', a.id from article a where a.published = true"
				+ " union all select 'PERSON', p.id from person p union all select 'ORGANISATION', o.id from organisation o"
				+ " union all select 'MATERIAL', m.id from material m left join event me on me.id = m.event_id"
				+ " left join article ma on ma.id = m.article_id where " + PUBLIC_MATERIAL;
	}

	/**
	 * What a search shows of the stored documents, checked against the live tables: an event that is (again) a
	 * draft, an article withdrawn or not yet due never shows, even before its document is brought up to date.
	 */
	static String visible() {
		return " and (d.kind <> 'EVENT' or exists (select 1 from event e where e.id = d.id and e.status <> 'DRAFT'))"
				+ " and (d.kind <> 'ARTICLE' or exists (select 1 from article a where a.id = d.id and a.published = true"
				+ " and a.publish_at <= :now))"
				+ " and (d.kind <> 'MATERIAL' or exists (select 1 from material m left join event me on me.id = m.event_id"
				+ " left join article ma on ma.id = m.article_id where m.id = d.id and " + PUBLIC_MATERIAL
				+ " and (ma.id is null or ma.publish_at <= :now)))";
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
