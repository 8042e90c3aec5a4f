package nl.bijeen.content;

/**
 * What sort of article it is. Reports and news are {@code NewsArticle} in schema.org terms, the others
 * {@code Article}.
 */
public enum ArticleKind {

	NEWS("nieuws"), INTERVIEW("interview"), PREVIEW("voorbeschouwing"), REPORT("verslag"), COLUMN("column"),
	BACKGROUND("achtergrond");

	private final String urlName;

	ArticleKind(String urlName) {
		this.urlName = urlName;
	}

	/** Its name in addresses and filters ({@code /artikelen?soort=verslag}). */
	public String urlName() {
		return this.urlName;
	}

	/** The schema.org type of an article of this kind. */
	public String schemaOrgType() {
		return (this == NEWS || this == REPORT) ? "NewsArticle" : "Article";
	}

	/**
	 * The kind named in a filter ({@code verslag}, or the code {@code REPORT}), or {@code null} when there is
	 * none or it is unknown.
	 */
	public static ArticleKind parse(String name) {
		if (name == null) {
			return null;
		}
		for (ArticleKind kind : values()) {
			if (kind.urlName.equals(name.strip()) || kind.name().equalsIgnoreCase(name.strip())) {
				return kind;
			}
		}
		return null;
	}

}
