package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code Cache-Control} of public pages: briefly cacheable by everyone ({@code public, max-age,
 * stale-while-revalidate}, varying by language), for anonymous visitors only. The registration form is
 * kept by the browser only and asked for again every time ({@code private, no-cache}): it carries a fresh
 * token and the exact places left. Personal pages are never stored ({@code private, no-store}). Everything
 * else keeps Spring Security's {@code no-store}.
 */
class PublicCacheHeaders implements HandlerInterceptor {

	static final String PRIVATE_NO_STORE = "private, no-store";

	static final String PRIVATE_NO_CACHE = "private, no-cache";

	private final String publicValue;

	PublicCacheHeaders(PublicPagesProperties properties) {
		this.publicValue = CacheControl.maxAge(properties.getMaxAge())
			.cachePublic()
			.staleWhileRevalidate(properties.getStaleWhileRevalidate())
			.getHeaderValue();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = path(request);
		if (path.startsWith("/aanmelding/")) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE);
		}
		else if (PublicForms.scope(path) != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_CACHE);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if ("GET".equals(request.getMethod()) && response.getStatus() == 200
				&& !response.containsHeader(HttpHeaders.CACHE_CONTROL) && PageCacheFilter.isAnonymousAndPlain(request)
				&& PublicPaths.isPublicPage(path(request))) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.publicValue);
			response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		}
	}

	static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.isEmpty() ? "/" : path;
	}

}
