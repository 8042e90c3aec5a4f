package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Scope;
import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisers' API on an event's registrations (bearer token of an organiser or administrator).
 */
@Guard(value = Need.EVENT, id = "id", scope = Scope.REGISTRATIONS)
@RestController
@Tag(name = "Registrations (organisers)", description = "Who registered for an event; needs an organiser's API token")
class OrganiserApiController {

	static final int MAX_SIZE = 200;

	private final Participants participants;

	private final ExportResponses exports;

	private final AuditLog audit;

	OrganiserApiController(Participants participants, ExportResponses exports, AuditLog audit) {
		this.participants = participants;
		this.exports = exports;
		this.audit = audit;
	}

	@GetMapping(path = "/api/events/{id}/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List an event's registrations",
			description = "Paged, sorted by name; optionally only those with one status.")
	@ApiResponse(responseCode = "200", description = "A page of registrations")
	@ApiResponse(responseCode = "401", description = "No or an unknown API token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	RegistrationListing list(@PathVariable Long id,
			@Parameter(description = "CONFIRMED, WAITLISTED, PENDING_APPROVAL, OFFERED, CANCELLED or REJECTED")
			@RequestParam(required = false) String status,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, at most 200") @RequestParam(defaultValue = "50") int size) {
		ApiCriteria.check(status, page, size, MAX_SIZE);
		Columns columns = this.participants.columns(id);
		ParticipantSearch search = new ParticipantSearch();
		search.setStatus(status);
		search.setPage(page);
		this.audit.record(AuditAction.PARTICIPANTS_VIEWED, id, null, "api");
		return RegistrationListing.of(this.participants.page(search.toCriteria(id, size), columns), columns);
	}

	@GetMapping(path = "/api/events/{id}/registrations.csv", produces = "text/csv")
	@Operation(summary = "Download an event's registrations as CSV",
			description = "UTF-8 with byte order mark, semicolon separated (for Excel with Dutch settings), "
					+ "one row per registration with a column per round of sessions and per question.")
	@ApiResponse(responseCode = "200", description = "The CSV file")
	@ApiResponse(responseCode = "404", description = "No such event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void csv(@PathVariable Long id, @RequestParam(required = false) String status, Locale locale,
			HttpServletResponse response) throws IOException {
		ApiCriteria.check(status, 0, 1, MAX_SIZE);
		ParticipantSearch search = new ParticipantSearch();
		search.setStatus(status);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, id, null, "api csv");
		this.exports.event(id, search.toCriteria(id, 0), ExportFormat.CSV, locale, response);
	}

	@GetMapping(path = "/api/events/{id}/registrations.xlsx", produces = ExportFormat.XLSX_TYPE)
	@Operation(summary = "Download an event's registrations as an Excel workbook (XLSX)",
			description = "The same columns as the CSV, on one sheet with a header row; the registration time is a "
					+ "date cell. Streamed, so any number of registrations can be downloaded.")
	@ApiResponse(responseCode = "200", description = "The XLSX file",
			content = @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", description = "An unknown status",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No or an unknown API token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void xlsx(@PathVariable Long id,
			@Parameter(description = "CONFIRMED, WAITLISTED, PENDING_APPROVAL, OFFERED, CANCELLED or REJECTED")
			@RequestParam(required = false) String status, Locale locale, HttpServletResponse response)
			throws IOException {
		ApiCriteria.check(status, 0, 1, MAX_SIZE);
		ParticipantSearch search = new ParticipantSearch();
		search.setStatus(status);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, id, null, "api xlsx");
		this.exports.event(id, search.toCriteria(id, 0), ExportFormat.XLSX, locale, response);
	}

}
