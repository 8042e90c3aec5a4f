package nl.bijeen.search;

import java.text.Normalizer;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Snippets with the found words marked: from PostgreSQL's {@code ts_headline} (marked with {@link #START} and
 * {@link #STOP}) or, for the fallback, cut here around the first word found.
 */
final class Snippets {

	static final String START = "⟦";

	static final String STOP = "⟧";

	static final int WIDTH = 200;

	private Snippets() {
	}

	/** A headline from PostgreSQL as safe HTML. */
	static String fromHeadline(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline.replaceAll("\\s+", " ").strip())
			.replace(START, "<mark>")
			.replace(STOP, "</mark>");
	}

	/** Lower case without accents, one character for one character (so positions stay the same). */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
			folded.append(Character.toLowerCase(decomposed.isEmpty() ? text.charAt(i) : decomposed.charAt(0)));
		}
		return folded.toString();
	}

	/** A piece of the text around the first of the (folded) words, with all of them marked, as safe HTML. */
	static String around(String text, List<String> words) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String clean = text.replaceAll("\\s+", " ").strip();
		String folded = fold(clean);
		int first = -1;
		for (String word : words) {
			int at = folded.indexOf(word);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		int from = first < 0 ? 0 : Math.max(0, first - WIDTH / 3);
		int to = Math.min(clean.length(), from + WIDTH);
		StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
		int i = from;
		while (i < to) {
			int match = -1;
			int length = 0;
			for (String word : words) {
				if (!word.isEmpty() && folded.startsWith(word, i) && word.length() > length) {
					match = i;
					length = word.length();
				}
			}
			if (match >= 0) {
				int end = Math.min(to, i + length);
				html.append("<mark>").append(HtmlUtils.htmlEscape(clean.substring(i, end))).append("</mark>");
				i = end;
			}
			else {
				html.append(HtmlUtils.htmlEscape(String.valueOf(clean.charAt(i))));
				i++;
			}
		}
		return html.append(to < clean.length() ? " …" : "").toString();
	}

}
