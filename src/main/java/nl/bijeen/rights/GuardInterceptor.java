package nl.bijeen.rights;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.common.NotFoundException;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Applies the {@link Guard} of the chosen handler before it runs: a token without the scope gets 403, anyone
 * without the right 404. A handler under {@code /admin} or {@code /api} without a guard is refused (404), so a
 * route added without a rule cannot leak.
 */
class GuardInterceptor implements HandlerInterceptor {

	private final Rights rights;

	GuardInterceptor(Rights rights) {
		this.rights = rights;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Guard guard = guardOf(method);
		if (guard == null) {
			if (guarded(request)) {
				throw new NotFoundException("No rule for " + method);
			}
			return true;
		}
		if (guard.value() == Need.PUBLIC) {
			return true; // nothing to look up: public routes (such as registering in a rush) stay as fast as before
		}
		Actor actor = this.rights.current();
		if (actor.token()) {
			List<Scope> needed = scopes(guard, request.getMethod());
			if (!needed.stream().allMatch(actor::has)) {
				throw new AccessDeniedException("This token lacks the scope " + needed);
			}
		}
		Long id = guard.id().isEmpty() ? null : id(request, guard.id());
		if (!guard.id().isEmpty() && id == null && !actor.platformAdmin()) {
			throw new NotFoundException("No " + guard.id());
		}
		if (!this.rights.may(actor, guard.value(), id)) {
			throw new NotFoundException("Not found for this account: " + request.getRequestURI());
		}
		return true;
	}

	/** The guard of a handler: on the method, else on its controller. */
	static Guard guardOf(HandlerMethod method) {
		Guard guard = method.getMethodAnnotation(Guard.class);
		return (guard != null) ? guard : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Guard.class);
	}

	/** The scopes a guarded route needs of a token. */
	static List<Scope> scopes(Guard guard, String httpMethod) {
		if (guard.scope().length > 0) {
			return Arrays.asList(guard.scope());
		}
		return List.of(("GET".equals(httpMethod) || "HEAD".equals(httpMethod)) ? Scope.READ : Scope.WRITE);
	}

	private static boolean guarded(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/api") || path.startsWith("/api/");
	}

	@SuppressWarnings("unchecked")
	private static Long id(HttpServletRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object value = (variables instanceof Map<?, ?> map) ? ((Map<String, String>) map).get(name) : null;
		try {
			return (value == null) ? null : Long.valueOf(value.toString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
