package nl.bijeen.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What text from outside may contain, one set of rules for every form and API request: a single-line field
 * (a name, a title, an address) has no control characters at all, no line breaks and no tabs; a multi-line
 * field keeps line breaks and tabs but no other control characters (NUL cannot even be stored in
 * PostgreSQL). A link or image field takes only an absolute {@code http} or {@code https} URL.
 */
public final class TextRules {

	private TextRules() {
	}

	/**
	 * Whether the text has no control characters (C0, DEL, C1) and no line or paragraph separators;
	 * {@code null} passes.
	 */
	public static boolean isSingleLine(String text) {
		return text == null || text.codePoints().noneMatch(TextRules::isControl);
	}

	/**
	 * Whether the text has no control characters other than line breaks and tabs; {@code null} passes.
	 */
	public static boolean isMultiLine(String text) {
		return text == null
				|| text.codePoints().noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && isControl(c));
	}

	/**
	 * Whether the text is an absolute {@code http(s)} URL with a host; {@code null} and blank pass (the field
	 * is empty).
	 */
	public static boolean isHttpUrl(String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		String url = text.strip();
		if (!isSingleLine(url) || url.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
					|| scheme.toLowerCase(Locale.ROOT).equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The text with every control character replaced by a space, for search terms: a search for anything
	 * finds what it can rather than failing; {@code null} stays {@code null}.
	 */
	public static String withoutControlCharacters(String text) {
		if (text == null || isSingleLine(text)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(c -> clean.appendCodePoint(isControl(c) ? ' ' : c));
		return clean.toString();
	}

	private static boolean isControl(int c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
	}

}
