package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error pages in templates/error: one for 400, 403, 404, 413 and 500, a general one for other
 * client errors. Never shows a stack trace or exception message.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	static ModelAndView page(HttpStatusCode status) {
		ModelAndView page = new ModelAndView(viewName(status.value()));
		page.setStatus(HttpStatus.resolve(status.value()) != null ? HttpStatus.valueOf(status.value())
				: HttpStatus.INTERNAL_SERVER_ERROR);
		page.addObject("status", status.value());
		return page;
	}

	static String viewName(int status) {
		return switch (status) {
			case 400, 403, 404, 413 -> "error/" + status;
			default -> (status >= 400 && status < 500) ? "error/4xx" : "error/500";
		};
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
