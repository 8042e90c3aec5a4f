package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.common.RichText;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read side of the content module: only articles that are published by now. Pages, feeds, the API and
 * other modules read articles here and nowhere else, so drafts and scheduled articles never leak.
 */
@Service
public class PublicArticles {

	/** Most articles a page lists. */
	public static final int MAX_PAGE_SIZE = 100;

	static final String COLUMNS = "a.id, a.slug, a.kind, a.title, a.lead, a.author, a.image_url, a.image_alt, "
			+ "a.publish_at, a.updated_at";

	static final String VISIBLE = "a.published = true and a.publish_at <= :now";

	static final RowMapper<ArticleSummary> SUMMARY = (rs, n) -> new ArticleSummary(rs.getLong("id"),
			rs.getString("slug"), ArticleKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("lead"),
			rs.getString("author"), rs.getString("image_url"), rs.getString("image_alt"),
			rs.getObject("publish_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));

	private final JdbcClient jdbc;

	private final Articles articles;

	private final ContentTime time;

	private final RichText richText;

	PublicArticles(JdbcClient jdbc, Articles articles, ContentTime time, RichText richText) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.time = time;
		this.richText = richText;
	}

	/**
	 * A page (from 1) of published articles matching the filter, newest first.
	 */
	public ArticleList find(ArticleFilter filter, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(1, page);
		StringBuilder where = new StringBuilder(" from article a where " + VISIBLE);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("now", this.time.now());
		if (filter.kind() != null) {
			where.append(" and a.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.themeId() != null) {
			where.append(" and exists (select 1 from article_theme t where t.article_id = a.id and t.theme_id = :theme)");
			params.put("theme", filter.themeId());
		}
		if (filter.organisationId() != null) {
			where.append(" and exists (select 1 from article_organisation o where o.article_id = a.id"
					+ " and o.organisation_id = :organisation)");
			params.put("organisation", filter.organisationId());
		}
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<ArticleSummary> items = this.jdbc
			.sql("select " + COLUMNS + where + " order by a.publish_at desc, a.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageSize)
			.param("offset", (long) (pageNumber - 1) * pageSize)
			.query(SUMMARY)
			.list();
		return new ArticleList(items, pageNumber, pageSize, total);
	}

	/** The published article with this slug. */
	public Optional<ArticleSummary> bySlug(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from article a where a.slug = :slug and " + VISIBLE)
			.param("slug", slug)
			.param("now", this.time.now())
			.query(SUMMARY)
			.optional();
	}

	/** The published articles linked to an event, newest first. */
	public List<ArticleSummary> ofEvent(long eventId) {
		return linked("article_event", "event_id", eventId);
	}

	/** The published articles a person appears in, newest first. */
	public List<ArticleSummary> ofPerson(long personId) {
		return linked("article_person", "person_id", personId);
	}

	/** The published articles of a theme, newest first. */
	public List<ArticleSummary> ofTheme(long themeId) {
		return linked("article_theme", "theme_id", themeId);
	}

	/** The published articles of an organisation, newest first. */
	public List<ArticleSummary> ofOrganisation(long organisationId) {
		return linked("article_organisation", "organisation_id", organisationId);
	}

	/** Those of these articles that are published, in no particular order. */
	public List<ArticleSummary> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from article a where a.id in (:ids) and " + VISIBLE)
			.param("ids", ids)
			.param("now", this.time.now())
			.query(SUMMARY)
			.list();
	}

	/** The published article with this slug, with its text and links. */
	public Optional<ArticleDetail> detail(String slug) {
		return article(slug).flatMap(a -> bySlug(a.slug()).map(summary -> new ArticleDetail(summary, a.body(),
				this.richText.markdown(a.body()), a.eventIds(), a.themeIds(), a.organisationIds(),
				a.people().stream().map(p -> new ArticleDetail.Mention(p.personId(), p.role())).toList())));
	}

	/** The article with this slug if the public may see it now, with all its links. */
	Optional<Article> article(String slug) {
		LocalDateTime now = this.time.now();
		return this.articles.findBySlug(slug).filter(a -> a.isPublicAt(now));
	}

	/**
	 * "Lees ook": the articles the editor chose, in order, then suggestions sharing themes or events with it
	 * (most shared first, then newest), all published, at most {@code limit}.
	 */
	List<ArticleSummary> related(Article article, int limit) {
		Map<Long, ArticleSummary> chosen = new LinkedHashMap<>();
		List<ArticleSummary> published = published(article.relatedIds());
		article.relatedIds()
			.forEach(id -> published.stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> chosen.put(id, s)));
		List<ArticleSummary> result = new ArrayList<>(chosen.values());
		if (result.size() < limit) {
			List<Long> exclude = new ArrayList<>(chosen.keySet());
			exclude.add(article.id());
			result.addAll(this.jdbc.sql("select " + COLUMNS + ", s.shared from article a join ("
					+ "select l.article_id, count(*) as shared from ("
					+ "select article_id from article_theme where theme_id in (select theme_id from article_theme where article_id = :id) "
					+ "union all select article_id from article_event where event_id in (select event_id from article_event where article_id = :id)"
					+ ") l group by l.article_id) s on s.article_id = a.id where " + VISIBLE
					+ " and a.id not in (:exclude) order by s.shared desc, a.publish_at desc, a.id desc limit :limit")
				.param("id", article.id())
				.param("exclude", exclude)
				.param("now", this.time.now())
				.param("limit", limit - result.size())
				.query(SUMMARY)
				.list());
		}
		return result.size() > limit ? result.subList(0, limit) : result;
	}

	private List<ArticleSummary> linked(String table, String column, long id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from article a join " + table + " l on l.article_id = a.id where l." + column
					+ " = :id and " + VISIBLE + " order by a.publish_at desc, a.id desc")
			.param("id", id)
			.param("now", this.time.now())
			.query(SUMMARY)
			.list();
	}

}
