package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;

import nl.bijeen.common.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Shows the friendly 404 page when an HTML controller reports that something does not exist. Ordered
 * last: an API advice (problem+json) that applies to REST controllers takes precedence there; should none
 * apply, a REST controller still gets a plain problem+json answer and never an HTML page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HandlerMethod handler, HttpServletRequest request) {
		if (isRest(handler) || ErrorPages.isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	private static boolean isRest(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class);
	}

}
