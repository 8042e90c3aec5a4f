package nl.bijeen.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files under their content hash ({@code /css/bijeen-<md5>.css}, Spring's VersionResourceResolver
 * with the content strategy, linked by {@link SiteLinks#asset}) are sent with {@code Cache-Control: public,
 * max-age=31536000, immutable}, since their content never changes under that name. The plain paths keep
 * working and are revalidated every time ({@code no-cache}, Last-Modified).
 */
class FingerprintedStaticFiles extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private static final Pattern FINGERPRINTED = Pattern
		.compile("^/(css|js|webjars)/.*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PublicCacheHeaders.path(request);
		if (FINGERPRINTED.matcher(path).matches()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
			chain.doFilter(request, new KeepCacheControl(response));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Keeps the immutable Cache-Control of a fingerprinted file: later handlers may not weaken it. */
	private static final class KeepCacheControl extends HttpServletResponseWrapper {

		KeepCacheControl(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!isCacheHeader(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!isCacheHeader(name)) {
				super.addHeader(name, value);
			}
		}

		private static boolean isCacheHeader(String name) {
			return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.PRAGMA.equalsIgnoreCase(name)
					|| HttpHeaders.EXPIRES.equalsIgnoreCase(name);
		}

	}

}
