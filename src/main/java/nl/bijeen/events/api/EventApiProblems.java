package nl.bijeen.events.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.InvalidEventException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem+json answers for the events write API: 400 with the broken rules per field, 404, 409.
 * Field messages follow the caller's language (Accept-Language).
 */
@RestControllerAdvice(basePackageClasses = EventApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventApiProblems {

	private final MessageSource messages;

	EventApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidEventException.class)
	ProblemDetail invalid(InvalidEventException ex, Locale locale) {
		return invalid(ex.getViolations().stream()
			.map(v -> Map.of("field", v.field(), "code", v.code(), "message",
					this.messages.getMessage(v.code(), null, v.code(), locale)))
			.toList(), locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		return invalid(ex.getBindingResult().getAllErrors().stream()
			.map(e -> Map.of("field", (e instanceof org.springframework.validation.FieldError f) ? f.getField() : e.getObjectName(),
					"code", String.valueOf(e.getCode()), "message", this.messages.getMessage(e, locale)))
			.toList(), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "event.api.unreadable", locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "event.api.notFound", locale);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.getCode(), locale);
		problem.setProperty("code", ex.getCode());
		return problem;
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ProblemDetail conflict(RuntimeException ex, Locale locale) {
		String code = (ex instanceof OptimisticLockingFailureException) ? "admin.stale" : "admin.conflict.inUse";
		ProblemDetail problem = problem(HttpStatus.CONFLICT, code, locale);
		problem.setProperty("code", code);
		return problem;
	}

	private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "event.api.invalid", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String code, Locale locale) {
		return ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(code, null, code, locale));
	}

}
