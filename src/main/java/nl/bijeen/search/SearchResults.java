package nl.bijeen.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param fullText whether PostgreSQL full-text search (stemming, accent folding, ranking) answered; otherwise the
 * simple fallback
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, boolean fullText) {

	/** Number of pages. */
	public int pages() {
		return (int) ((this.total + this.query.size() - 1) / this.query.size());
	}

	public boolean hasNext() {
		return this.query.page() < pages();
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

}
