package nl.bijeen.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns organisers' Markdown (CommonMark: headings, quotes, lists, links, images, emphasis) into HTML. Raw
 * HTML in the text is escaped, not passed on; the result is sanitised by {@link RichText#markdown(String)}
 * before anyone sees it. Plain text stays plain text, as paragraphs, so older plain descriptions show as
 * before.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private Markdown() {
	}

	/**
	 * The text as (not yet sanitised) HTML; {@code null} or blank gives {@code null}.
	 */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return null;
		}
		return RENDERER.render(PARSER.parse(markdown));
	}

}
