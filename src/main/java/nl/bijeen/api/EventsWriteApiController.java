package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventEditor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API for events (bearer token of an organiser or administrator), next to the read side
 * ({@link EventsApiController}). It takes and answers events in the read API's format
 * ({@link EventDetailResponse}), so an event read can be changed and sent back. Errors are RFC 9457
 * problem+json ({@link WriteApiProblems}).
 */
@Guard(value = Need.EVENT, id = "id")
@RestController
@RequestMapping(path = "/api/events", produces = "application/json")
@Tag(name = "Events (write)", description = "Create, change, publish, cancel, postpone, duplicate and delete events")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class EventsWriteApiController {

	private final EventEditor editor;

	private final EventResponses responses;

	private final Rights rights;

	EventsWriteApiController(EventEditor editor, EventResponses responses, Rights rights) {
		this.editor = editor;
		this.responses = responses;
		this.rights = rights;
	}

	/**
	 * An organisation's token cannot take an event out of its organisation's hands: when the organisation is
	 * not among the organisers sent, it is added to them (as the lead when none were sent).
	 */
	private EventDetails ownOrganisationOrganises(EventDetails details) {
		Long own = this.rights.current().organisationId();
		return (own != null && !this.rights.current().platformAdmin()) ? details.organisedAlsoBy(own) : details;
	}

	@Guard(Need.CREATE_EVENT)
	@PostMapping
	@Operation(summary = "Create a draft event",
			description = "Takes an event in the read API's format. Answers 201 with the Location and the new event.")
	ResponseEntity<EventDetailResponse> create(@Valid @RequestBody EventRequest request) {
		Event event = this.editor.create(ownOrganisationOrganises(request.toDetails()));
		return ResponseEntity.created(URI.create("/api/events/" + event.getId())).body(this.responses.detail(event));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an event",
			description = "Takes an event in the read API's format, e.g. one read with GET and changed. A changed "
					+ "slug keeps the old one as a redirect.")
	EventDetailResponse update(@PathVariable long id, @Valid @RequestBody EventRequest request) {
		Event stored = this.editor.get(id);
		return this.responses.detail(this.editor.update(id, request.version(),
				ownOrganisationOrganises(request.toDetails(stored, this.responses.description(stored)))));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish an event", description = "Events at a venue need a venue first.")
	EventDetailResponse publish(@PathVariable long id) {
		return this.responses.detail(this.editor.publish(id));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an event")
	EventDetailResponse cancel(@PathVariable long id,
			@Valid @RequestBody(required = false) EventActionRequests.Cancel request) {
		return this.responses.detail(this.editor.cancel(id, request != null ? request.message() : null));
	}

	@PostMapping("/{id}/postpone")
	@Operation(summary = "Postpone an event", description = "To a new start, or with dateUnknown to a date not yet known.")
	EventDetailResponse postpone(@PathVariable long id, @Valid @RequestBody EventActionRequests.Postpone request) {
		return this.responses.detail(this.editor.postpone(id, request.toPostponement(), request.message()));
	}

	@PostMapping("/{id}/duplicate")
	@Operation(summary = "Copy an event to a new draft",
			description = "Copies texts, organisers, themes, audiences, settings and the programme. Answers 201.")
	ResponseEntity<EventDetailResponse> duplicate(@PathVariable long id,
			@Valid @RequestBody EventActionRequests.Duplicate request) {
		Event copy = this.editor.duplicate(id, request.newStartDate());
		return ResponseEntity.created(URI.create("/api/events/" + copy.getId())).body(this.responses.detail(copy));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft", description = "Only drafts; published events are cancelled instead (409).")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.editor.deleteDraft(id);
		return ResponseEntity.noContent().build();
	}

}
