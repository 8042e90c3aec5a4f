package nl.bijeen.content;

import java.util.List;

/**
 * A published article with its text and links, for the API.
 *
 * @param body the text as written (Markdown)
 * @param bodyHtml the text as sanitised HTML
 * @param people the people in it, with their part
 */
public record ArticleDetail(ArticleSummary summary, String body, String bodyHtml, List<Long> eventIds,
		List<Long> themeIds, List<Long> organisationIds, List<Mention> people) {

	/** A person in the article. */
	public record Mention(long personId, ArticleRole role) {
	}

}
