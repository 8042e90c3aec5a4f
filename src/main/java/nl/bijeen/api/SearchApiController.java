package nl.bijeen.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.common.Zones;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.search.Search;
import nl.bijeen.search.SearchHit;
import nl.bijeen.search.SearchKind;
import nl.bijeen.search.SearchPeriod;
import nl.bijeen.search.SearchQuery;
import nl.bijeen.search.SearchResults;
import nl.bijeen.web.BijeenProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search across events, published articles, people and organisations, best match first.
 */
@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
@Tag(name = ApiDocumentation.SEARCH)
@Guard(Need.PUBLIC)
class SearchApiController {

	private final Search search;

	private final BijeenProperties properties;

	SearchApiController(Search search, BijeenProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	@GetMapping
	@Operation(summary = "Search events, published articles, people and organisations",
			description = "On PostgreSQL Dutch full-text search (word stems, accents folded, ranked, snippets with "
					+ "<mark>); otherwise every word must occur (engine `simple`).")
	@ApiResponse(responseCode = "200", description = "A page of results, best first")
	@ApiResponse(responseCode = "400", description = "No query, or an invalid kind, period, page or size (problem+json with `errors`)")
	SearchResponse search(
			@Parameter(description = "The words to search for, at most 200 characters") @RequestParam(required = false) @NotBlank @Size(max = SearchQuery.MAX_LENGTH) String q,
			@Parameter(description = "Only this kind: event, article, person, organisation or material") @RequestParam(required = false) @Pattern(regexp = "event|article|person|organisation|material") String kind,
			@Parameter(description = "Only events: upcoming or past") @RequestParam(required = false) @Pattern(regexp = "upcoming|past") String when,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(ApiPage.MAX_SIZE) int size) {
		SearchResults results = this.search
			.find(new SearchQuery(q, SearchKind.parse(kind), SearchPeriod.parse(when), page + 1, size));
		return new SearchResponse(results.fullText() ? "postgresql-fulltext" : "simple",
				ApiPage.of(results.hits().stream().map(this::hit).toList(), page, size, results.total()));
	}

	private SearchResponse.Hit hit(SearchHit hit) {
		return new SearchResponse.Hit(hit.kind().code(), hit.id(), hit.slug(), hit.title(), hit.snippetHtml(),
				hit.date() == null ? null : hit.date().atZone(Zones.AMSTERDAM).toOffsetDateTime(), hit.rank(),
				this.properties.getBaseUrl() + hit.path());
	}

}
