package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.common.Zones;
import nl.bijeen.events.EventSearch;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published events: the agenda, the archive and one event with its programme.
 */
@Guard(Need.PUBLIC)
@RestController
@RequestMapping(path = "/api/events", produces = "application/json")
@Tag(name = ApiDocumentation.EVENTS)
class EventsApiController {

	private final EventSearch search;

	private final ApiPublicEvents events;

	private final EventResponses responses;

	EventsApiController(EventSearch search, ApiPublicEvents events, EventResponses responses) {
		this.search = search;
		this.events = events;
		this.responses = responses;
	}

	@GetMapping
	@Operation(summary = "List published events",
			description = "Upcoming events, soonest first; with `past=true` the archive, latest first.")
	@ApiResponse(responseCode = "200", description = "A page of events")
	@ApiResponse(responseCode = "400", description = "Invalid filter (problem+json with `errors`)")
	ApiPage<EventSummaryResponse> list(@Valid @ParameterObject EventFilter filter) {
		EventSearch.Result result = this.search.page(filter.toCriteria(LocalDateTime.now(Zones.AMSTERDAM)),
				filter.sizeOrDefault(), (long) filter.pageOrDefault() * filter.sizeOrDefault());
		return ApiPage.of(this.responses.summaries(this.events.inOrder(result.ids())), filter.pageOrDefault(),
				filter.sizeOrDefault(), result.total());
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "One published event with venue, organisers, registration window and programme")
	@ApiResponse(responseCode = "200", description = "The event")
	@ApiResponse(responseCode = "404", description = "No published event with this id or slug")
	EventDetailResponse get(@Parameter(description = "Numeric id or slug", example = "empowerment-naar-een-sterke-sociale-basis")
			@PathVariable String idOrSlug) {
		return this.responses.detail(this.events.get(idOrSlug));
	}

}
