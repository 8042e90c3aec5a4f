package nl.bijeen.content;

import java.time.LocalDateTime;

/**
 * A published article as lists, feeds and other modules show it.
 *
 * @param publishedAt when it was published (wall-clock time in Amsterdam)
 */
public record ArticleSummary(long id, String slug, ArticleKind kind, String title, String lead, String author,
		String imageUrl, String imageAlt, LocalDateTime publishedAt, LocalDateTime updatedAt) {

	/** Its address on this site. */
	public String path() {
		return "/artikelen/" + this.slug;
	}

}
