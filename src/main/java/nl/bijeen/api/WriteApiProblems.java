package nl.bijeen.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.InvalidEventException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem+json answers for the write API (events, themes, audiences, venues, people,
 * organisations): 400 with an {@code errors} array of {@code {field, code, message}} named as in the request
 * body (also for a value that cannot be read, such as a time that is not ISO-8601), 404, and 409 with the
 * {@code code} of the conflict. Messages follow the caller's language (Accept-Language).
 */
@RestControllerAdvice(assignableTypes = { EventsWriteApiController.class, TaxonomyWriteApiController.class,
		PeopleWriteApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteApiProblems {

	private final MessageSource messages;

	WriteApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidEventException.class)
	ProblemDetail invalid(InvalidEventException ex, Locale locale) {
		return invalid(ex.getViolations().stream()
			.map(v -> error(EventRequest.FIELDS.getOrDefault(v.field(), v.field()), v.code(),
					this.messages.getMessage(v.code(), null, v.code(), locale)))
			.toList(), locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		return invalid(ex.getBindingResult().getAllErrors().stream()
			.map(e -> error((e instanceof FieldError f) ? f.getField() : e.getObjectName(), String.valueOf(e.getCode()),
					this.messages.getMessage(e, locale)))
			.toList(), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		if (ex.getMostSpecificCause() instanceof MismatchedInputException input && !input.getPath().isEmpty()) {
			String field = input.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.collect(Collectors.joining("."));
			String code = "api.problem.typeMismatch.field";
			return invalid(List.of(error(field, code, this.messages.getMessage(code,
					new Object[] { rejected(input) }, locale))), locale);
		}
		return problem(HttpStatus.BAD_REQUEST, "api.problem.unreadable", locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", locale);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		return conflict(ex.getCode(), locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex, Locale locale) {
		return conflict("api.problem.stale", locale);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail inUse(DataIntegrityViolationException ex, Locale locale) {
		return conflict("api.problem.integrity", locale);
	}

	private ProblemDetail conflict(String code, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, code, locale);
		problem.setProperty("code", code);
		return problem;
	}

	private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String code, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(code, null, code, locale));
		problem.setTitle(this.messages.getMessage("api.problem.title." + status.value(), null,
				status.getReasonPhrase(), locale));
		return problem;
	}

	private static Map<String, String> error(String field, String code, String message) {
		return Map.of("field", field, "code", code, "message", message);
	}

	private static String rejected(MismatchedInputException ex) {
		return ex instanceof InvalidFormatException format ? String.valueOf(format.getValue()) : "";
	}

}
