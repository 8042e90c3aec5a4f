package nl.bijeen.search;

/**
 * What to search for.
 *
 * @param text the words as typed
 * @param kind only results of this kind, or {@code null} for all
 * @param period only events of this period (no other kinds), or {@code null}
 * @param page the page, from 1
 * @param size results per page
 */
public record SearchQuery(String text, SearchKind kind, SearchPeriod period, int page, int size) {

	/** Longest query text that is searched; the rest is ignored. */
	public static final int MAX_LENGTH = 200;

	/** Most results per page. */
	public static final int MAX_SIZE = 100;

	public SearchQuery {
		// Control characters (NUL above all: PostgreSQL refuses it in any text) are no words: blanks instead.
		text = text == null ? "" : nl.bijeen.common.TextRules.withoutControlCharacters(text).strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		page = Math.max(1, page);
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	/** Whether there is anything to search for. */
	public boolean isEmpty() {
		return this.text.isBlank();
	}

	long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
