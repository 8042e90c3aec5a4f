package nl.bijeen.content;

/**
 * The part a person plays in an article.
 */
public enum ArticleRole {

	/** The article is an interview with them. */
	INTERVIEWED,

	/** They are quoted. */
	QUOTED,

	/** They are mentioned or take part in what the article is about. */
	MENTIONED,

	/** They took the photos. */
	PHOTOGRAPHER

}
