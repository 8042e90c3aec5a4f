package nl.bijeen.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers anonymous GETs of public pages from the rendered pages in memory ({@link PageCache}), in front
 * of the security chain and Spring MVC: with the page's bytes (compressed when the client accepts gzip) and
 * headers as they were first sent, or with 304 when the client's {@code If-None-Match} names the page's
 * ETag. Pages are kept only when their controller made them {@code public} ({@link PublicCacheHeaders}),
 * with status 200 and no cookie. Signed-in organisers (a session cookie) and {@code ?lang=} bypass it.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final Set<String> SESSION_COOKIES = Set.of("JSESSIONID", "SESSION");

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
			"transfer-encoding", "connection", "keep-alive", "content-encoding", "etag");

	private final PageCache cache;

	private final LocaleResolver locales;

	PageCacheFilter(PageCache cache, LocaleResolver locales) {
		this.cache = cache;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !isAnonymousAndPlain(request)
				|| !PublicPaths.isPublicPage(PublicCacheHeaders.path(request));
	}

	/** No session, no credentials and no language switch: the page is the same for every such visitor. */
	static boolean isAnonymousAndPlain(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIES.contains(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.locales.resolveLocale(request);
		StringBuilder key = new StringBuilder(locale.getLanguage()).append(' ').append(request.getRequestURI());
		// The parameters rather than the raw query: the same for "?a=1" however it is encoded.
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(separator).append(parameter.getKey()).append('=').append(value);
				separator = '&';
			}
		}
		CachedPage page = this.cache.get(key.toString());
		if (page == null) {
			// Many visitors at once after a change (registration opens at 10:00): one renders, the others
			// wait briefly for its page instead of all rendering it.
			page = this.cache.awaitRendering(key.toString());
		}
		if (page != null) {
			send(page, request, response);
			return;
		}
		PageCache.Rendering rendering = this.cache.startRendering(key.toString());
		try {
			render(key.toString(), request, response, chain, rendering);
		}
		finally {
			rendering.done();
		}
	}

	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			PageCache.Rendering rendering) throws ServletException, IOException {
		CachedPage page;
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (!keepable(wrapper)) {
			wrapper.copyBodyToResponse();
			return;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : wrapper.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
				headers.put(name, new ArrayList<>(wrapper.getHeaders(name)));
			}
		}
		if (wrapper.getContentType() != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(wrapper.getContentType()));
		}
		page = CachedPage.of(headers, wrapper.getContentAsByteArray());
		this.cache.put(key, page, generation);
		rendering.rendered(page);
		response.reset();
		send(page, request, response);
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		String type = response.getContentType();
		return response.getStatus() == 200 && cacheControl != null && cacheControl.contains("public")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && type != null && type.startsWith("text/html");
	}

	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
			boolean first = true;
			for (String value : header.getValue()) {
				if (first) {
					response.setHeader(header.getKey(), value);
					first = false;
				}
				else {
					response.addHeader(header.getKey(), value);
				}
			}
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (page.gzipped() != null) {
			response.addHeader(HttpHeaders.VARY, "Accept-Encoding");
		}
		if (page.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = page.body();
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (page.gzipped() != null && acceptEncoding != null && acceptEncoding.contains("gzip")) {
			body = page.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
