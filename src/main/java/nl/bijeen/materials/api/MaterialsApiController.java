package nl.bijeen.materials.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.materials.PublicMaterials;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.web.BijeenProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public files of an event (its sessions' included) and of a published article, for anyone. Files for registrants only are never listed
 * here: they are reached through a participant's personal link.
 */
@Guard(Need.PUBLIC)
@RestController
@Tag(name = "Materials", description = "Files published with events: presentations, documents, images")
class MaterialsApiController {

	private final PublicMaterials materials;

	private final EventCatalog events;

	private final BijeenProperties site;

	private final PublicArticles articles;

	MaterialsApiController(PublicMaterials materials, EventCatalog events, BijeenProperties site,
			PublicArticles articles) {
		this.articles = articles;
		this.materials = materials;
		this.events = events;
		this.site = site;
	}

	@GetMapping(path = "/api/events/{id}/materials", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The public files of an event",
			description = "The event's own files first, then its sessions' files, each in the order they were added. "
					+ "The type is detected from the file's content.")
	@ApiResponse(responseCode = "200", description = "The files (possibly none)")
	@ApiResponse(responseCode = "404", description = "No such public event",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<MaterialResponse> ofEvent(@PathVariable long id) {
		this.events.event(id).filter(Event::isPublic).orElseThrow(() -> new NotFoundException("No such event"));
		String base = this.site.getBaseUrl();
		return this.materials.ofEvent(id).stream().map(m -> MaterialResponse.of(m, base)).toList();
	}

	@GetMapping(path = "/api/articles/{slug}/materials", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The files of a published article", description = "In the order they were added. "
			+ "The type is detected from the file's content.")
	@ApiResponse(responseCode = "200", description = "The files (possibly none)")
	@ApiResponse(responseCode = "404", description = "No such published article",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<MaterialResponse> ofArticle(@PathVariable String slug) {
		long id = this.articles.bySlug(slug).orElseThrow(() -> new NotFoundException("No such article")).id();
		String base = this.site.getBaseUrl();
		return this.materials.ofArticle(id).stream().map(m -> MaterialResponse.of(m, base)).toList();
	}

}
