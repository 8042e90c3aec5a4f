package nl.bijeen.search;

import java.util.Locale;

/**
 * What a search result is.
 */
public enum SearchKind {

	EVENT, ARTICLE, PERSON, ORGANISATION, MATERIAL;

	/** The kind with this name (any case), or {@code null} for none or an unknown name. */
	public static SearchKind parse(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (SearchKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name.trim())) {
				return kind;
			}
		}
		return null;
	}

	/** The name in URLs and the API: {@code event}, {@code article}, ... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
