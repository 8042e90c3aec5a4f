package nl.bijeen.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a request from a servlet filter, before a controller is chosen, in the one error convention of
 * bijeen: problem+json under {@code /api}, the friendly error page (templates/error) elsewhere.
 */
class Refusal {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	Refusal(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailCode)
			throws IOException {
		if (!ErrorPages.isApi(request)) {
			response.sendError(status.value());
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detailCode, null, locale));
		problem.setTitle(this.messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(),
				locale));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), ApiProblemHandler.asMap(problem));
	}

}
