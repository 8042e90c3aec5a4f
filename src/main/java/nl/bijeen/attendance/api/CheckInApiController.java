package nl.bijeen.attendance.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Scope;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.attendance.CheckIns;

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
 * Check-in at the door for organisers' devices and apps (bearer token of an organiser or administrator).
 */
@Guard(value = Need.CHECK_IN, id = "id", scope = Scope.REGISTRATIONS)
@RestController
@Tag(name = "Check-in (organisers)", description = "Scan check-in codes, undo, and the attendance list; needs an organiser's API token")
class CheckInApiController {

	private final CheckIns checkIns;

	CheckInApiController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@PostMapping(path = "/api/events/{id}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check a participant in by their check-in code",
			description = "Idempotent across devices: a second scan of the same person answers 200 with already=true "
					+ "and the time of the first check-in.")
	@ApiResponse(responseCode = "201", description = "Checked in now")
	@ApiResponse(responseCode = "200", description = "Had already been checked in")
	@ApiResponse(responseCode = "400", description = "No code given",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No or an unknown API token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such event, or nobody with a place there has this code",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CheckInResponse> scan(@PathVariable Long id, @RequestBody CheckInRequest request, Principal principal) {
		String code = Scans.code(request);
		this.checkIns.event(id);
		return Scans.answer(this.checkIns.byCode(id, code, Scans.scanner(principal)));
	}

	@DeleteMapping("/api/events/{id}/check-ins/{registrationId}")
	@Operation(summary = "Undo a check-in", description = "Idempotent: 204 also when there was no check-in.")
	@ApiResponse(responseCode = "204", description = "Not checked in (any more)")
	@ApiResponse(responseCode = "404", description = "No such event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> undo(@PathVariable Long id, @PathVariable Long registrationId) {
		this.checkIns.undo(id, registrationId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/events/{id}/check-ins", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The attendance list", description = "Everyone with a place, by name, with the time they arrived (null: not yet).")
	@ApiResponse(responseCode = "200", description = "The attendance list")
	@ApiResponse(responseCode = "404", description = "No such event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AttendanceResponse list(@PathVariable Long id) {
		return AttendanceResponse.of(this.checkIns.arrivals(id));
	}

}
