package nl.bijeen.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.PublicArticles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches events, published articles, people and organisations. On PostgreSQL with full-text search
 * ({@code bijeen_dutch}: Dutch stemming, accents folded), ranked with titles weighing most, snippets from
 * {@code ts_headline}, through the GIN index on the stored documents ({@link SearchIndex}); the documents live
 * in the database, so every instance gives the same answer. On H2 a simpler fallback: every word must occur in the
 * lower-cased, accent-folded title or text; title matches first, then the newest.
 */
@Service
public class Search {

	static final String FROM_ACCENTS = "áàâäãåéèêëíìîïóòôöõúùûüýÿçñ";

	static final String TO_PLAIN = "aaaaaaeeeeiiiiooooouuuuyycn";

	static final int MAX_WORDS = 8;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PublicArticles articles;

	private final Clock clock;

	private volatile Boolean postgres;

	Search(JdbcClient jdbc, JdbcTemplate template, PublicArticles articles, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.articles = articles;
		this.clock = clock.getIfUnique(() -> Clock.system(Zones.AMSTERDAM));
	}

	/** A page of results, best first; nothing for an empty query. */
	public SearchResults find(SearchQuery query) {
		boolean fullText = isFullText();
		if (query.isEmpty()) {
			return new SearchResults(query, List.of(), 0, fullText);
		}
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(Zones.AMSTERDAM)).withNano(0);
		List<Row> rows = fullText ? fullText(query, now) : simple(query, now);
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new SearchResults(query, publishedOnly(rows.stream().map(Row::hit).toList()), total, fullText);
	}

	/** Whether PostgreSQL's full-text search answers (otherwise the simple fallback). */
	public boolean isFullText() {
		Boolean known = this.postgres;
		if (known == null) {
			known = this.template.execute((ConnectionCallback<Boolean>) con -> con.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres"));
			this.postgres = known;
		}
		return known;
	}

	private List<Row> fullText(SearchQuery query, LocalDateTime now) {
		return this.jdbc.sql(fullTextSql(query))
			.param("q", query.text())
			.param("now", now)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs, Snippets.fromHeadline(rs.getString("snippet")), rs.getDouble("rank")))
			.list();
	}

	/**
	 * The PostgreSQL query: the matching documents found through the index on their vectors and ranked, carrying
	 * only their keys while all matches are counted and sorted; then one page of them joined with their texts,
	 * checked against the live tables ({@link SearchDocuments#visible()}) and given snippets ({@code ts_headline}
	 * is costly, so only for the page). An article scheduled for later is left out by its date in the document;
	 * a document whose event or article stopped being public in the last moment before the index caught up is
	 * left off the page (the total may count it for that moment). Also the query {@code bench/search.sh} runs
	 * directly in PostgreSQL.
	 */
	static String fullTextSql(SearchQuery query) {
		String matches = "select d.kind, d.id, d.at, ts_rank(d.vector, q.query) as rank from search_document d, q"
				+ " where d.vector @@ q.query and (d.kind <> 'ARTICLE' or d.at <= :now)" + SearchDocuments.filters(query)
				+ " offset 0";
		String page = "select m.kind, m.id, m.at, m.rank, count(*) over () as total from (" + matches + ") m"
				+ " order by m.rank desc, m.at desc nulls last, m.kind, m.id limit :limit offset :offset";
		return "with q as (select websearch_to_tsquery('bijeen_dutch', :q) as query)"
				+ " select d.kind, d.id, d.slug, d.title, d.at, p.rank, p.total, ts_headline('bijeen_dutch',"
				+ " coalesce(d.body, ''), q.query, 'StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
				+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"') as snippet from (" + page
				+ ") p join search_document d on d.kind = p.kind and d.id = p.id, q where true" + SearchDocuments.visible()
				+ " order by p.rank desc, p.at desc nulls last, p.kind, p.id";
	}

	private List<Row> simple(SearchQuery query, LocalDateTime now) {
		List<String> words = words(query.text());
		if (words.isEmpty()) {
			return List.of();
		}
		String title = fold("d.title");
		String body = fold("coalesce(d.body, '')");
		StringBuilder where = new StringBuilder(" where true").append(SearchDocuments.filters(query))
			.append(SearchDocuments.visible());
		for (int i = 0; i < words.size(); i++) {
			where.append(" and (").append(title).append(" like :w").append(i).append(" escape '!' or ").append(body)
				.append(" like :w").append(i).append(" escape '!')");
		}
		var spec = this.jdbc.sql("select d.kind, d.id, d.slug, d.title, d.body, d.at, case when " + title
				+ " like :w0 escape '!' then 1 else 0 end as rank, count(*) over () as total from search_document d" + where
				+ " order by rank desc, d.at desc nulls last, d.kind, d.id limit :limit offset :offset")
			.param("now", now)
			.param("limit", query.size())
			.param("offset", query.offset());
		for (int i = 0; i < words.size(); i++) {
			spec = spec.param("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		return spec.query((rs, n) -> row(rs, Snippets.around(rs.getString("body"), words), rs.getDouble("rank")))
			.list();
	}

	/** The distinct words of a query, folded like the fallback folds the text. */
	static List<String> words(String text) {
		return Arrays.stream(Snippets.fold(text).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isBlank())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	private static String fold(String column) {
		return "translate(lower(" + column + "), '" + FROM_ACCENTS + "', '" + TO_PLAIN + "')";
	}

	private static Row row(ResultSet rs, String snippet, double rank) throws SQLException {
		return new Row(new SearchHit(SearchKind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getString("slug"),
				rs.getString("title"), snippet, rs.getObject("at", LocalDateTime.class), rank), rs.getLong("total"));
	}

	/** Articles go through the content module's read model once more, so a draft can never show. */
	private List<SearchHit> publishedOnly(List<SearchHit> hits) {
		List<Long> articleIds = hits.stream().filter(h -> h.kind() == SearchKind.ARTICLE).map(SearchHit::id).toList();
		Set<Long> published = new HashSet<>();
		this.articles.published(articleIds).stream().map(ArticleSummary::id).forEach(published::add);
		List<SearchHit> visible = new ArrayList<>();
		for (SearchHit hit : hits) {
			if (hit.kind() != SearchKind.ARTICLE || published.contains(hit.id())) {
				visible.add(hit);
			}
		}
		return visible;
	}

	private record Row(SearchHit hit, long total) {
	}

}
