package nl.bijeen.content;

import java.util.List;

/**
 * One page of published articles, newest first.
 *
 * @param page the page number, from 1
 */
public record ArticleList(List<ArticleSummary> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
