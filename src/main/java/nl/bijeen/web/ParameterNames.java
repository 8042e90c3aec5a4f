package nl.bijeen.web;

import java.io.IOException;
import java.util.Enumeration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts only the shapes of parameter names bijeen's pages use: a name, optionally with one numeric index
 * ({@code choices[12]}, {@code answers[7]}), so that a made-up name such as {@code sessions[abc]} or
 * {@code capacity[1].x} never reaches data binding. Anything else is a bad request (400). A reading request
 * (GET, HEAD) whose parameter values hold a NUL character is refused too: no filter, page number or search
 * has one, and PostgreSQL refuses it in any query (forms check their values with {@code TextRules} and
 * answer with field errors instead).
 */
class ParameterNames extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ParameterNames.class);

	static final Pattern NAME = Pattern.compile("_?[A-Za-z][A-Za-z0-9_-]{0,99}(\\[[0-9]{1,18}])?");

	private final Refusal refusal;

	ParameterNames(Refusal refusal) {
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Enumeration<String> names = request.getParameterNames();
		while (names.hasMoreElements()) {
			if (!NAME.matcher(names.nextElement()).matches()) {
				log.info("Refused {} {} with 400: a parameter name of an unknown shape", request.getMethod(),
						ClientErrors.pathOf(request));
				this.refusal.send(request, response, HttpStatus.BAD_REQUEST, "api.problem.parameterName");
				return;
			}
		}
		if (isReading(request) && hasNul(request)) {
			log.info("Refused {} {} with 400: a NUL character in a parameter value", request.getMethod(),
					ClientErrors.pathOf(request));
			this.refusal.send(request, response, HttpStatus.BAD_REQUEST, "api.problem.parameterValue");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isReading(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static boolean hasNul(HttpServletRequest request) {
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value.indexOf('\u0000') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
