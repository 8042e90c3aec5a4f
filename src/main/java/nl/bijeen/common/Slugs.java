package nl.bijeen.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles and names into URL slugs: lower case, ASCII, words joined by hyphens.
 */
public final class Slugs {

	/**
	 * What a valid slug looks like.
	 */
	public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String ascii = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && VALID.matcher(slug).matches();
	}

}
