package nl.bijeen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error of the REST API ({@code @RestController}s) with RFC 9457 {@code application/problem+json}
 * in the language of the request: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, and for validation errors an {@code errors} array of {@code {field, message}}. HTML
 * controllers are not affected. Errors that happen before a controller is chosen (unknown path, wrong
 * method) are answered by {@link ApiProblemFallback}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	/** One invalid input: the field (or parameter) and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return problem(ex, HttpStatus.NOT_FOUND, text("api.problem.notFound"), request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
		String detail = this.messages.getMessage(ex.getCode(), null, ex.getMessage(), LocaleContextHolder.getLocale());
		return problem(ex, HttpStatus.CONFLICT, detail, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("API request conflicts with stored data: {}", ex.getMostSpecificCause().getMessage());
		return problem(ex, HttpStatus.CONFLICT, text("api.problem.integrity"), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
		return problem(ex, HttpStatus.CONFLICT, text("api.problem.stale"), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(lastNode(v), v.getMessage()))
			.toList();
		return invalid(ex, errors, request);
	}

	@ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
	ResponseEntity<Object> rejected(RuntimeException ex, WebRequest request) {
		return problem(ex, HttpStatus.BAD_REQUEST, text("api.problem.invalid"), request);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ResponseEntity<Object> invalidProperty(InvalidPropertyException ex, WebRequest request) {
		return invalid(ex, List.of(new FieldProblem(ex.getPropertyName(), text("api.problem.invalid"))), request);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		// Spring Security answers these (401/403 problem+json of the API security chain).
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error in API call {}", request.getDescription(false), ex);
		return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, text("api.problem.unexpected"), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(ex, fieldProblems(ex.getBindingResult().getAllErrors()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			if (result instanceof ParameterErrors parameterErrors) {
				errors.addAll(fieldProblems(parameterErrors.getAllErrors()));
			}
			else {
				RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
				String name = param != null && !param.name().isEmpty() ? param.name()
						: result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach(error -> errors.add(new FieldProblem(name, this.messages.getMessage(error,
							LocaleContextHolder.getLocale()))));
			}
		});
		return invalid(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() != null ? ex.getPropertyName() : "";
		String message = text("api.problem.typeMismatch.field", String.valueOf(ex.getValue()));
		return invalid(ex, List.of(new FieldProblem(field, message)), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, HttpStatus.BAD_REQUEST, text("api.problem.unreadable"), request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ex, HttpStatus.NOT_FOUND, text("api.problem.notFound"), request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (entity == null) {
			return null;
		}
		if (entity.getStatusCode().is4xxClientError() && entity.getStatusCode().value() != 404
				&& request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
			ClientErrors.log(servlet.getRequest(), entity.getStatusCode().value(), ex);
		}
		if (entity.getBody() instanceof ProblemDetail problem) {
			problem.setTitle(title(entity.getStatusCode()));
			if (problem.getType() == null) {
				problem.setType(ABOUT_BLANK);
			}
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(entity.getHeaders());
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(entity.getBody(), problemHeaders, entity.getStatusCode());
	}

	private ResponseEntity<Object> invalid(Exception ex, List<FieldProblem> errors, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.problem.invalid"));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String detail, WebRequest request) {
		return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), new HttpHeaders(), status,
				request);
	}

	private List<FieldProblem> fieldProblems(List<? extends ObjectError> errors) {
		return errors.stream().map(error -> {
			String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
			String message = error instanceof FieldError fieldError && fieldError.isBindingFailure()
					? text("api.problem.typeMismatch.field", String.valueOf(fieldError.getRejectedValue()))
					: this.messages.getMessage(error, LocaleContextHolder.getLocale());
			return new FieldProblem(field, message);
		}).toList();
	}

	String title(HttpStatusCode status) {
		String fallback = status instanceof HttpStatus known ? known.getReasonPhrase() : String.valueOf(status.value());
		return this.messages.getMessage("api.problem.title." + status.value(), null, fallback,
				LocaleContextHolder.getLocale());
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static String lastNode(ConstraintViolation<?> violation) {
		String field = "";
		for (Path.Node node : violation.getPropertyPath()) {
			field = node.getName();
		}
		return field;
	}

	static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("type", problem.getType() != null ? problem.getType().toString() : ABOUT_BLANK.toString());
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		map.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

}
