package nl.bijeen.attendance.api;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.attendance.SessionCheckIns;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Scope;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance per workshop (session) for organisers' devices and apps, the same way as the check-in at the door.
 */
@Guard(value = Need.CHECK_IN, id = "id", scope = Scope.REGISTRATIONS)
@RestController
@Tag(name = "Check-in (organisers)")
class SessionCheckInApiController {

	private final SessionCheckIns checkIns;

	SessionCheckInApiController(SessionCheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@PostMapping(path = "/api/events/{id}/sessions/{sessionId}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check a participant in to a workshop (session) by their check-in code",
			description = "Only for participants with a confirmed place in the session. Idempotent across devices: a "
					+ "second scan answers 200 with already=true and the time of the first.")
	@ApiResponse(responseCode = "201", description = "Checked in now")
	@ApiResponse(responseCode = "200", description = "Had already been checked in to this session")
	@ApiResponse(responseCode = "400", description = "No code given",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such event or session, or nobody with a place in the session has this code",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CheckInResponse> scan(@PathVariable Long id, @PathVariable Long sessionId,
			@RequestBody CheckInRequest request, Principal principal) {
		return Scans.answer(this.checkIns.byCode(id, sessionId, Scans.code(request), Scans.scanner(principal)));
	}

	@DeleteMapping("/api/events/{id}/sessions/{sessionId}/check-ins/{registrationId}")
	@Operation(summary = "Undo a check-in to a workshop", description = "Idempotent: 204 also when there was none.")
	@ApiResponse(responseCode = "204", description = "Not checked in to the session (any more)")
	@ApiResponse(responseCode = "404", description = "No such event or session",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> undo(@PathVariable Long id, @PathVariable Long sessionId, @PathVariable Long registrationId) {
		this.checkIns.undo(id, sessionId, registrationId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/events/{id}/sessions/{sessionId}/check-ins", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The attendance list of a workshop",
			description = "Everyone with a confirmed place in the session, by name, with the time they arrived there (null: not yet).")
	@ApiResponse(responseCode = "200", description = "The attendance list")
	@ApiResponse(responseCode = "404", description = "No such event or session",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AttendanceResponse list(@PathVariable Long id, @PathVariable Long sessionId) {
		return AttendanceResponse.of(this.checkIns.arrivals(id, sessionId, true));
	}

}
