package nl.bijeen.attendance.api;

import nl.bijeen.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the check-in API.
 */
@org.springframework.core.annotation.Order(0)
@RestControllerAdvice(assignableTypes = { CheckInApiController.class, SessionCheckInApiController.class })
class CheckInApiErrors {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler({ IllegalArgumentException.class, HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> badRequest(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex instanceof IllegalArgumentException
				? ex.getMessage() : "The body is not a JSON object with a code");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
