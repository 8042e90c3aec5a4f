package nl.bijeen.attendance.api;

import java.security.Principal;

import nl.bijeen.attendance.CheckIn;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the check-in APIs at the door ({@link CheckInApiController}) and per workshop
 * ({@link SessionCheckInApiController}) share: reading a scan, who scanned, and the answer (201 checked in now,
 * 200 had already been).
 */
final class Scans {

	private Scans() {
	}

	/**
	 * The code scanned or typed.
	 * @throws IllegalArgumentException when none was given (400)
	 */
	static String code(CheckInRequest request) {
		if (request == null || request.code() == null || request.code().isBlank()) {
			throw new IllegalArgumentException("A check-in code is required");
		}
		return request.code();
	}

	/** The account that scanned, for the record. */
	static String scanner(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	static ResponseEntity<CheckInResponse> answer(CheckIn checkIn) {
		return ResponseEntity.status(checkIn.already() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(CheckInResponse.of(checkIn));
	}

}
