package nl.bijeen.content;

/**
 * Which published articles to list; every part may be {@code null} (no restriction).
 */
public record ArticleFilter(ArticleKind kind, Long themeId, Long organisationId) {

	public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

	public static ArticleFilter theme(long themeId) {
		return new ArticleFilter(null, themeId, null);
	}

	public static ArticleFilter organisation(long organisationId) {
		return new ArticleFilter(null, null, organisationId);
	}

}
