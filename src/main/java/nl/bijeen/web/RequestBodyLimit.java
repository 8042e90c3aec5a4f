package nl.bijeen.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than their purpose needs before anything reads them: by the announced
 * {@code Content-Length}, or, for a body sent without one, by reading at most the limit. The limit depends on
 * the area ({@link WebProperties}: public forms, organiser forms under {@code /admin}, the API under
 * {@code /api}). The API answers 413 with problem+json, pages with the friendly error page
 * (templates/error/413.html). Form posts must announce their length (every browser does): without it they
 * get 411, since the container parses those itself.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);

	private final WebProperties properties;

	private final Refusal refusal;

	private final java.util.List<RequestBodyAllowance> allowances;

	RequestBodyLimit(WebProperties properties, Refusal refusal) {
		this(properties, refusal, java.util.List.of());
	}

	RequestBodyLimit(WebProperties properties, Refusal refusal, java.util.List<RequestBodyAllowance> allowances) {
		this.properties = properties;
		this.refusal = refusal;
		this.allowances = allowances;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limit(request);
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, length);
			return;
		}
		if (length < 0 && hasBody(request)) {
			if (isForm(request)) {
				refuse(request, response, HttpStatus.LENGTH_REQUIRED, length);
				return;
			}
			byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
			if (body.length > limit) {
				refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, length);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private long limit(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (RequestBodyAllowance allowance : this.allowances) {
			java.util.OptionalLong allowed = allowance.limit(request.getMethod(), path);
			if (allowed.isPresent()) {
				return allowed.getAsLong();
			}
		}
		if (path.startsWith("/api/")) {
			return this.properties.getMaxApiBody().toBytes();
		}
		if (path.startsWith("/admin/")) {
			return this.properties.getMaxAdminBody().toBytes();
		}
		return this.properties.getMaxFormBody().toBytes();
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, long length)
			throws IOException {
		log.info("Refused {} {} with {}: body of {} bytes", request.getMethod(), ClientErrors.pathOf(request),
				status.value(), length < 0 ? "unknown" : length);
		// The body is not read: close the connection rather than swallow it.
		response.setHeader("Connection", "close");
		this.refusal.send(request, response, status,
				status == HttpStatus.LENGTH_REQUIRED ? "api.problem.lengthRequired" : "api.problem.tooLarge");
	}

	/**
	 * A request whose body has been read (within the limit) and is served from memory.
	 */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("Only blocking reads of a limited body (no async servlet here)");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding != null ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
