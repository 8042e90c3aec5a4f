package nl.bijeen.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers API requests that fail before a controller is chosen (unknown path 404, method not allowed 405,
 * unsupported media type 415, not acceptable 406) with the same problem+json as {@link ApiProblemHandler}.
 * Requests outside {@code /api/} are left alone unless the client asks for JSON and not for HTML.
 */
@Component
class ApiProblemFallback implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemFallback.class);

	private final ApiProblemHandler problems;

	private final JsonMapper json;

	ApiProblemFallback(ApiProblemHandler problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler instanceof HandlerMethod || !(isApi(request) || wantsJson(request)) || response.isCommitted()) {
			return null;
		}
		try {
			ResponseEntity<Object> entity = this.problems.handleException(ex, new ServletWebRequest(request, response));
			if (entity == null || !(entity.getBody() instanceof ProblemDetail problem)) {
				return null;
			}
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(entity.getStatusCode().value());
			entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), ApiProblemHandler.asMap(problem));
			return new ModelAndView();
		}
		catch (Exception notHandled) {
			log.debug("No problem+json answer for {}", ex.getClass().getName(), notHandled);
			return null;
		}
	}

	/**
	 * A client that asks for JSON and not for HTML gets problem+json on any path.
	 */
	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

}
