package nl.bijeen.common;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans rich text written by organisers: keeps headings, paragraphs, lists, links, emphasis, tables and
 * images; drops scripts, styles, event handlers and anything else unsafe.
 */
public final class HtmlSanitizer {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

	private HtmlSanitizer() {
	}

	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return html;
		}
		return POLICY.sanitize(html);
	}

}
