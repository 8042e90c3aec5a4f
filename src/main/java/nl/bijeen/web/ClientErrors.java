package nl.bijeen.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.servlet.HandlerMapping;

/**
 * Logs a client error that a page or the API did not expect (a malformed parameter, an unreadable body, a
 * refused size) in one line, without personal data or tokens: the method, the route pattern (or the path
 * with long token-like segments masked), the status and the kind of error, never parameter values, bodies
 * or the query string.
 */
final class ClientErrors {

	private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

	/** Path segments that may be secrets (personal links, tokens): long runs of letters, digits, - and _. */
	private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{20,}");

	private ClientErrors() {
	}

	static void log(HttpServletRequest request, int status, Exception ex) {
		if (log.isInfoEnabled()) {
			log.info("Client error {} on {} {}: {}", status, request.getMethod(), pathOf(request),
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * The route pattern of the request when a handler was chosen (e.g. {@code /aanmelding/{token}}), else
	 * its path with token-like segments masked.
	 */
	static String pathOf(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null) {
			return pattern.toString();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String masked = TOKEN_LIKE.matcher(path).replaceAll("…");
		return masked.length() > 200 ? masked.substring(0, 200) + "…" : masked;
	}

}
