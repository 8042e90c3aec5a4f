package nl.bijeen.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	RequestBodyLimit(WebProperties properties, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.properties = properties;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
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
		if (!ErrorPages.isApi(request)) {
			response.sendError(status.value());
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage("api.problem." + (status == HttpStatus.LENGTH_REQUIRED ? "lengthRequired" : "tooLarge"),
						null, locale));
		problem.setTitle(this.messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(),
				locale));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), ApiProblemHandler.asMap(problem));
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
					throw new UnsupportedOperationException("Blocking reads only");
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
