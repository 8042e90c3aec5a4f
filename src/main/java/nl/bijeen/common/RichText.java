package nl.bijeen.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Shows organisers' rich text safely: the same elements as {@link HtmlSanitizer}, and images only from this
 * site itself or from a host in {@link ContentProperties#getAllowedImageHosts()}, so that rich text cannot
 * load third-party resources such as tracking pixels. Applied whenever rich text leaves bijeen (pages and
 * the API), so that a change of the allow-list takes effect at once. In templates:
 * {@code th:utext="${richText.safe(html)}"}, Markdown with {@link #markdown(String)} (offered to every page by the web module).
 */
@Component
@EnableConfigurationProperties(ContentProperties.class)
public class RichText {

	private final List<String> allowedHosts;

	private final PolicyFactory policy;

	public RichText(ContentProperties properties) {
		this.allowedHosts = properties.getAllowedImageHosts()
			.stream()
			.map(host -> host.strip().toLowerCase(Locale.ROOT))
			.filter(host -> !host.isEmpty())
			.toList();
		this.policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
			.and(Sanitizers.LINKS)
			.and(Sanitizers.TABLES)
			.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory())
			.and(new HtmlPolicyBuilder().allowUrlProtocols("http", "https")
				.allowElements("img")
				.allowAttributes("alt", "title", "width", "height").onElements("img")
				.allowAttributes("src").matching((element, attribute, value) -> allowedImage(value) ? value : null)
				.onElements("img")
				.toFactory());
	}

	/**
	 * The text as it may be shown; {@code null} stays {@code null}.
	 */
	public String safe(String html) {
		if (html == null || html.isBlank()) {
			return html;
		}
		return this.policy.sanitize(html);
	}

	/**
	 * Markdown written by an organiser (articles, dossiers, programme parts, sessions, people) as HTML that
	 * may be shown; {@code null} or blank gives {@code null}. In templates:
	 * {@code th:utext="${richText.markdown(text)}"}.
	 */
	public String markdown(String markdown) {
		String html = Markdown.toHtml(markdown);
		return html == null ? null : this.policy.sanitize(html);
	}

	boolean allowedImage(String src) {
		String value = src.strip();
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			return false;
		}
		if (uri.getScheme() == null && uri.getRawAuthority() == null) {
			// A relative address: this site itself.
			return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
			return false;
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		return this.allowedHosts.stream()
			.anyMatch(allowed -> allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed));
	}

}
