package nl.bijeen.people.api;

import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem+json answers for the people write API: 400 per field, 404, 409.
 */
@RestControllerAdvice(basePackageClasses = PeopleApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiProblems {

	private final MessageSource messages;

	PeopleApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "people.api.invalid", locale);
		problem.setProperty("errors", ex.getBindingResult().getAllErrors().stream()
			.map(e -> Map.of("field", (e instanceof FieldError f) ? f.getField() : e.getObjectName(), "code",
					String.valueOf(e.getCode()), "message", this.messages.getMessage(e, locale)))
			.toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "people.api.unreadable", locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "people.api.notFound", locale);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		return conflict(ex.getCode(), locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex, Locale locale) {
		return conflict("people.stale", locale);
	}

	private ProblemDetail conflict(String code, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, code, locale);
		problem.setProperty("code", code);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String code, Locale locale) {
		return ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(code, null, code, locale));
	}

}
