package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Browsers asking for a page that does not exist, or sending a malformed request to a page, get the
 * friendly HTML error page instead of the problem+json that Spring MVC's problem details handler gives.
 * Only for requests that accept HTML and are not under /api.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlFrameworkErrorAdvice {

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE,
			exception = { NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
					ServletRequestBindingException.class })
	Object frameworkError(ErrorResponse error, HttpServletRequest request) {
		if (ErrorPages.isApi(request)) {
			return ResponseEntity.status(error.getStatusCode())
				.headers(error.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(error.getBody());
		}
		return ErrorPages.page(error.getStatusCode());
	}

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE, exception = TypeMismatchException.class)
	Object typeMismatch(TypeMismatchException error, HttpServletRequest request) {
		if (ErrorPages.isApi(request)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid value for " + error.getPropertyName()));
		}
		return ErrorPages.page(HttpStatus.BAD_REQUEST);
	}

}
