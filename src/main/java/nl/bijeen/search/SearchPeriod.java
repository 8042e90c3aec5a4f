package nl.bijeen.search;

import java.util.Locale;

/**
 * Restricts a search to events that are still to come (or running) or that are over.
 */
public enum SearchPeriod {

	UPCOMING, PAST;

	/** The period with this name (any case), or {@code null} for none or an unknown name. */
	public static SearchPeriod parse(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (SearchPeriod period : values()) {
			if (period.name().equalsIgnoreCase(name.trim())) {
				return period;
			}
		}
		return null;
	}

	/** The name in URLs and the API: {@code upcoming} or {@code past}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
