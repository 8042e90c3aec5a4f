package nl.bijeen.web;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs to know about the current request, available in every template as
 * {@code @site}: which navigation item is current, the language switch links, the signed-in user. Works
 * for error pages too, where it looks at the request that failed rather than at {@code /error}.
 */
@Component("site")
public class SiteLinks {

	static final String ERROR_URI = "jakarta.servlet.error.request_uri";

	static final String ERROR_QUERY = "jakarta.servlet.error.query_string";

	private final BijeenProperties properties;

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final Map<String, String> assets = new ConcurrentHashMap<>();

	SiteLinks(BijeenProperties properties, ObjectProvider<ResourceUrlProvider> resources) {
		this.properties = properties;
		this.resources = resources;
	}

	/**
	 * The path of a static file under its content hash ({@code /css/bijeen-<md5>.css}), looked up once;
	 * served as immutable ({@link FingerprintedStaticFiles}). The plain path when no such file is found.
	 */
	public String asset(String path) {
		return this.assets.computeIfAbsent(path, p -> {
			ResourceUrlProvider provider = this.resources.getIfAvailable();
			String found = (provider != null) ? provider.getForLookupPath(p) : null;
			return (found != null) ? found : p;
		});
	}

	/** The configured site name. */
	public String name() {
		return this.properties.getSiteName();
	}

	/** The house-style stylesheet to load after bijeen.css, or null. */
	public String theme() {
		String theme = this.properties.getThemeStylesheet();
		return (theme == null || theme.isBlank()) ? null : theme;
	}

	/** The path of the current page, without context path. */
	public String path() {
		HttpServletRequest request = request();
		if (request == null) {
			return "/";
		}
		Object failed = request.getAttribute(ERROR_URI);
		String uri = (failed != null) ? failed.toString() : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.isEmpty() ? "/" : path;
	}

	/**
	 * Value for {@code aria-current} of a navigation link: {@code page} on that page, {@code true} on a page
	 * inside that section, null elsewhere.
	 */
	public String current(String prefix) {
		return current(path(), prefix);
	}

	private static String current(String path, String prefix) {
		if (path.equals(prefix)) {
			return "page";
		}
		return (!"/".equals(prefix) && path.startsWith(prefix + "/")) ? "true" : null;
	}

	/**
	 * The {@code aria-current} values by navigation prefix, for use in templates where method calls are not
	 * allowed (such as {@code th:aria-current="${current['/admin']}"}).
	 */
	public Map<String, String> currentByPrefix() {
		String path = path();
		return new AbstractMap<>() {
			@Override
			public String get(Object prefix) {
				return current(path, String.valueOf(prefix));
			}

			@Override
			public Set<Entry<String, String>> entrySet() {
				return Set.of();
			}
		};
	}

	/** The current page in another language: same path and query, with {@code lang} replaced. */
	public String languageUrl(String language) {
		HttpServletRequest request = request();
		if (request == null) {
			return "/?lang=" + language;
		}
		Object query = (request.getDispatcherType() == DispatcherType.ERROR) ? request.getAttribute(ERROR_QUERY)
				: request.getQueryString();
		return UriComponentsBuilder.fromPath(request.getContextPath() + path())
			.query(query != null ? query.toString() : null)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	/** The name of the signed-in organiser, or null for visitors. */
	public String signedInName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
