package nl.bijeen.events.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.events.Event;
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
 * Write API for events (bearer token of an organiser or administrator). Errors are RFC 9457 problem+json.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events (write)", description = "Create, change, publish, cancel, postpone, duplicate and delete events")
class EventApiController {

	private final EventEditor editor;

	EventApiController(EventEditor editor) {
		this.editor = editor;
	}

	@PostMapping
	@Operation(summary = "Create a draft event", description = "Answers 201 with the Location of the new event.")
	ResponseEntity<EventWritten> create(@Valid @RequestBody EventRequest request) {
		Event event = this.editor.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/events/" + event.getId())).body(EventWritten.of(event));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an event", description = "A changed slug keeps the old one as a redirect.")
	EventWritten update(@PathVariable long id, @Valid @RequestBody EventRequest request) {
		return EventWritten.of(this.editor.update(id, request.version(), request.toDetails()));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish an event", description = "Events at a venue need a venue first.")
	EventWritten publish(@PathVariable long id) {
		return EventWritten.of(this.editor.publish(id));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an event")
	EventWritten cancel(@PathVariable long id,
			@Valid @RequestBody(required = false) EventActionRequests.Cancel request) {
		return EventWritten.of(this.editor.cancel(id, request != null ? request.message() : null));
	}

	@PostMapping("/{id}/postpone")
	@Operation(summary = "Postpone an event", description = "To a new start, or with dateUnknown to a date not yet known.")
	EventWritten postpone(@PathVariable long id, @Valid @RequestBody EventActionRequests.Postpone request) {
		return EventWritten.of(this.editor.postpone(id, request.toPostponement(), request.message()));
	}

	@PostMapping("/{id}/duplicate")
	@Operation(summary = "Copy an event to a new draft",
			description = "Copies texts, organisers, themes, audiences, settings and the programme. Answers 201.")
	ResponseEntity<EventWritten> duplicate(@PathVariable long id,
			@Valid @RequestBody EventActionRequests.Duplicate request) {
		Event copy = this.editor.duplicate(id, request.newStartDate());
		return ResponseEntity.created(URI.create("/api/events/" + copy.getId())).body(EventWritten.of(copy));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft", description = "Only drafts; published events are cancelled instead (409).")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.editor.deleteDraft(id);
		return ResponseEntity.noContent().build();
	}

}
