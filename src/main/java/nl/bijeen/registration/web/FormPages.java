package nl.bijeen.registration.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.bijeen.registration.internal.RegistrationPage;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The empty registration form for anonymous visitors, rendered once per event, language and state of the
 * places (which sessions are full, which have one place left; {@link PlacesMarkers}), and reused while that
 * state is the same. The places left are read live for every request (the page model comes from
 * {@code RegistrationPages.of}, which reads the seat counters fresh) and put into the rendering, so the form
 * never shows a stale number. What differs per visitor, the signed CSRF token and the one-time form token, is put in for every
 * response. A form with input or errors, and signed-in organisers, are rendered as usual.
 */
@Component
class FormPages {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FormPages.class);

	static final String VIEW = "registration/form";

	static final String CSRF_MARKER = "bijeenCsrfTokenMarker";

	static final String FORM_TOKEN_MARKER = "bijeenFormTokenMarker";

	private final Cache<String, String> pages = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final ViewResolver views;

	FormPages(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	/** Whether this request gets the shared rendering: an anonymous visitor without a language switch. */
	static boolean applies(HttpServletRequest request) {
		return request.getSession(false) == null && request.getParameter("lang") == null
				&& request.getUserPrincipal() == null;
	}

	/** The view of the empty form; the model must hold a fresh form whose token it replaces. */
	View view(RegistrationPage page, RegistrationForm form, Locale locale, HttpServletRequest request) {
		PlacesMarkers markers = PlacesMarkers.of(page);
		String key = key(page, markers, locale, request);
		form.setFormToken(FORM_TOKEN_MARKER);
		return new View() {
			@Override
			public String getContentType() {
				return "text/html;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse response)
					throws Exception {
				String html = FormPages.this.pages.getIfPresent(key);
				if (html == null) {
					Map<String, Object> marked = new java.util.HashMap<>(model);
					marked.put("page", markers.page());
					html = renderWithMarkers(marked, req, response, locale);
					FormPages.this.pages.put(key, html);
					log.debug("Rendered the registration form for {}", key);
				}
				CsrfToken csrf = (CsrfToken) req.getAttribute(CsrfToken.class.getName());
				byte[] body = markers.fillIn(html, locale).replace(CSRF_MARKER, csrf != null ? csrf.getToken() : "")
					.replace(FORM_TOKEN_MARKER, UUID.randomUUID().toString())
					.getBytes(StandardCharsets.UTF_8);
				response.setContentType(getContentType());
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}
		};
	}

	private String renderWithMarkers(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws Exception {
		View thymeleaf = this.views.resolveViewName(VIEW, locale);
		Object csrf = request.getAttribute(CsrfToken.class.getName());
		Object csrfParameter = request.getAttribute("_csrf");
		CsrfToken marker = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CSRF_MARKER);
		request.setAttribute(CsrfToken.class.getName(), marker);
		request.setAttribute("_csrf", marker);
		try {
			Capture capture = new Capture(response);
			thymeleaf.render(model, request, capture);
			return capture.text();
		}
		finally {
			request.setAttribute(CsrfToken.class.getName(), csrf);
			request.setAttribute("_csrf", csrfParameter);
		}
	}

	private static String key(RegistrationPage page, PlacesMarkers markers, Locale locale,
			HttpServletRequest request) {
		return page.event().getId() + "|" + page.event().getVersion() + "|" + locale.getLanguage() + "|"
				+ request.getQueryString() + "|" + page.closed() + "|" + markers.states() + "|"
				+ System.identityHashCode(page.event()) + "|" + System.identityHashCode(page.settings()) + "|"
				+ System.identityHashCode(page.rounds()) + "|" + System.identityHashCode(page.questions());
	}

	/** Takes what a view writes, instead of sending it. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);

		private PrintWriter writer;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(new OutputStreamWriter(this.bytes, StandardCharsets.UTF_8));
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return new ServletOutputStream() {
				@Override
				public void write(int b) {
					Capture.this.bytes.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) {
					Capture.this.bytes.write(b, off, len);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}
			};
		}

		@Override
		public void flushBuffer() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void setContentLengthLong(long len) {
		}

		String text() {
			if (this.writer != null) {
				this.writer.flush();
			}
			return this.bytes.toString(StandardCharsets.UTF_8);
		}

	}

}
