package nl.bijeen.registration;

import java.util.Locale;

/**
 * How organisers search participants, in one place: the words anywhere in the name, e-mail address or
 * organisation, case-insensitive, with {@code %} and {@code _} taken literally. The participant list and
 * everything that follows its search (badges, presence lists) find the same people.
 */
public final class ParticipantSearch {

	/** The condition on a registration aliased {@code r}, with the pattern as parameter {@code :search}. */
	public static final String CONDITION = "(lower(r.name) like :search escape '\\' or lower(r.email) like :search"
			+ " escape '\\' or lower(coalesce(r.organisation, '')) like :search escape '\\')";

	private ParticipantSearch() {
	}

	/** The {@code :search} parameter for what the organiser typed. */
	public static String pattern(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
