package nl.bijeen.newsletter;

/**
 * An article or event in an edition, as the edition shows it.
 *
 * @param kind ARTICLE or EVENT
 * @param refId the article's or event's id
 * @param path the path of its page on the site, e.g. {@code /artikelen/slug}
 */
public record EditionItem(String kind, long refId, String title, String summary, String path) {

	/** The key of the item in forms: {@code ARTICLE-12}. */
	public String key() {
		return this.kind + "-" + this.refId;
	}

}
