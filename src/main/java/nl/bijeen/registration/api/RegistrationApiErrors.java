package nl.bijeen.registration.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.registration.internal.RegistrationBusy;
import nl.bijeen.registration.internal.RegistrationOutcomeUnknown;
import nl.bijeen.registration.internal.RegistrationRejected;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the registration API, with field errors for invalid input.
 */
@org.springframework.core.annotation.Order(0)
@RestControllerAdvice(assignableTypes = RegistrationApiController.class)
class RegistrationApiErrors {

	private final MessageSource messages;

	RegistrationApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RegistrationRejected.class)
	ProblemDetail rejected(RegistrationRejected ex, Locale locale) {
		HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://bijeen.nl/problems/registration-" + (ex.isConflict() ? "conflict" : "invalid")));
		problem.setTitle(ex.isConflict() ? "Registration not possible" : "Invalid registration");
		List<Map<String, Object>> errors = ex.problems()
			.stream()
			.map(p -> Map.<String, Object>of("field", p.field() == null ? "" : p.field(), "code", p.code(), "message",
					this.messages.getMessage(p.code(), p.args(), p.code(), locale)))
			.toList();
		problem.setDetail(errors.get(0).get("message").toString());
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The database was busy or the wait ran out before the registration was taken up: nothing is stored.
	 */
	@ExceptionHandler(RegistrationBusy.class)
	ResponseEntity<ProblemDetail> busy(RegistrationBusy ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("registration.error.busy", null, locale));
		problem.setType(URI.create("https://bijeen.nl/problems/registration-busy"));
		problem.setTitle("Registration not stored, try again");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The wait ran out while the registration was being stored: not a failure, the outcome comes by mail
	 * and the same request with the same Idempotency-Key tells it.
	 */
	@ExceptionHandler(RegistrationOutcomeUnknown.class)
	ResponseEntity<Map<String, String>> outcomeUnknown(Locale locale) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("status", "PROCESSING", "message",
					this.messages.getMessage("registration.outcomeUnknown.api", null, locale)));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found");
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(ex.getCode(), null, ex.getMessage(), locale));
		problem.setProperty("code", ex.getCode());
		return problem;
	}

	@ExceptionHandler(ApiRateLimit.TooManyRequests.class)
	ProblemDetail tooMany(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage("registration.tooMany.text", null, locale));
	}

}
