package nl.bijeen.web;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The public pages that show the same to every anonymous visitor (in their language), so browsers, a
 * reverse proxy and bijeen itself may keep them briefly: the agenda and archive, event pages, themes,
 * organisations, people and the statement pages. Not the registration form (a fresh token and live places
 * left) and never the personal pages.
 */
final class PublicPaths {

	static final List<String> PATTERNS = List.of("/", "/archief", "/evenementen/{slug}", "/themas", "/themas/{slug}",
			"/organisaties", "/organisaties/{slug}", "/personen/{slug}", "/privacy", "/toegankelijkheid");

	private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse)
		.toList();

	private PublicPaths() {
	}

	static boolean isPublicPage(String path) {
		if (path.endsWith(".ics")) {
			return false;
		}
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern pattern : PARSED) {
			if (pattern.matches(container)) {
				return true;
			}
		}
		return false;
	}

}
