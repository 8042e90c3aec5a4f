package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.events.EventCatalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The themes and audiences events are filtered by.
 */
@Guard(Need.PUBLIC)
@RestController
@Tag(name = ApiDocumentation.TAXONOMY)
class TaxonomyApiController {

	private final EventCatalog catalog;

	TaxonomyApiController(EventCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(path = "/api/themes", produces = "application/json")
	@Operation(summary = "All themes, by name; use a slug as `theme` filter of /api/events")
	List<TaxonomyResponse> themes() {
		return this.catalog.themes()
			.stream()
			.map(TaxonomyResponse::of)
			.toList();
	}

	@GetMapping(path = "/api/audiences", produces = "application/json")
	@Operation(summary = "All audiences, by name; use a slug as `audience` filter of /api/events")
	List<TaxonomyResponse> audiences() {
		return this.catalog.audiences()
			.stream()
			.map(TaxonomyResponse::of)
			.toList();
	}

}
