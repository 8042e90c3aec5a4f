package nl.bijeen.registration.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.RegistrationLimits;
import nl.bijeen.registration.internal.RegistrationService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration through the API. Registering always answers 202 Accepted with the same neutral body, for a
 * new registration, an address that is already registered, a repeated request and an event or workshop
 * that is full without waiting list alike: the outcome and the personal link go by mail only, so the API
 * never tells who is registered. With the same {@code Idempotency-Key} a
 * repeated call yields the same (one) registration.
 */
@Guard(Need.PUBLIC)
@RestController
@Tag(name = "Registrations", description = "Register for an event and manage a registration with its personal token")
class RegistrationApiController {

	static final Map<String, String> ACCEPTED = Map.of("status", "ACCEPTED", "message",
			"Check your email: it tells you the outcome of your registration.");

	private final RegistrationService registrations;

	private final PersonalRegistrations personal;

	private final ApiRateLimit rateLimit;

	RegistrationApiController(RegistrationService registrations, PersonalRegistrations personal,
			ApiRateLimit rateLimit) {
		this.registrations = registrations;
		this.personal = personal;
		this.rateLimit = rateLimit;
	}

	@PostMapping("/api/events/{eventId}/registrations")
	@Operation(summary = "Register for an event",
			description = "Answers 202 with a neutral body for new and already registered addresses and for a full "
					+ "event alike; the outcome and the personal link are sent by mail. Repeat with the same "
					+ "Idempotency-Key for one registration.")
	@ApiResponse(responseCode = "202", description = "Accepted; see your mail. With status PROCESSING: the "
			+ "outcome is not known yet and comes by mail; repeat with the same Idempotency-Key to find out")
	@ApiResponse(responseCode = "404", description = "No such public event")
	@ApiResponse(responseCode = "409", description = "Registration closed (not yet open, past, cancelled or postponed)")
	@ApiResponse(responseCode = "422", description = "Invalid input, with field errors")
	@ApiResponse(responseCode = "429", description = "Too many registrations from this address")
	@ApiResponse(responseCode = "503", description = "Busy: nothing stored; try again after Retry-After seconds")
	ResponseEntity<Map<String, String>> register(@PathVariable Long eventId,
			@Parameter(description = "A unique key per intended registration, e.g. a UUID")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody RegistrationApiRequest body, HttpServletRequest request) {
		this.rateLimit.check(request);
		this.registrations.submit(body.toRequest(eventId, idempotencyKey));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(ACCEPTED);
	}

	@GetMapping("/api/registrations/{token}")
	@Operation(summary = "View a registration with its personal token")
	RegistrationApiView view(@PathVariable String token) {
		return RegistrationApiView.of(this.personal.view(token));
	}

	@PatchMapping("/api/registrations/{token}")
	@Operation(summary = "Change session choices", description = "Body: {\"choices\": {partId: sessionId}}. "
			+ "A full session gives 409 and changes nothing in that round.")
	RegistrationApiView change(@PathVariable String token, @Valid @RequestBody ChoiceChange body) {
		if (body.choices() != null) {
			body.choices().forEach((part, session) -> this.personal.change(token, part, session));
		}
		return RegistrationApiView.of(this.personal.view(token));
	}

	@DeleteMapping("/api/registrations/{token}")
	@Operation(summary = "Cancel a registration")
	@ApiResponse(responseCode = "204", description = "Cancelled (also when it already was)")
	ResponseEntity<Void> cancel(@PathVariable String token) {
		if (!this.personal.view(token).active()) {
			return ResponseEntity.noContent().build();
		}
		this.personal.cancel(token);
		return ResponseEntity.noContent().build();
	}

	/**
	 * New session choices per round.
	 */
	record ChoiceChange(@Size(max = RegistrationLimits.ROUNDS) Map<Long, Long> choices) {
	}


}
