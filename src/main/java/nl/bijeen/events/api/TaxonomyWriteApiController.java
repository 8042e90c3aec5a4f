package nl.bijeen.events.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.events.Audience;
import nl.bijeen.events.AudienceEditor;
import nl.bijeen.events.Theme;
import nl.bijeen.events.ThemeEditor;
import nl.bijeen.events.Venue;
import nl.bijeen.events.VenueEditor;
import nl.bijeen.events.api.TaxonomyRequests.AudienceRequest;
import nl.bijeen.events.api.TaxonomyRequests.ThemeRequest;
import nl.bijeen.events.api.TaxonomyRequests.VenueRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API for themes, audiences and venues (bearer token). Errors are RFC 9457 problem+json.
 */
@RestController
@Tag(name = "Themes, audiences and venues (write)")
class TaxonomyWriteApiController {

	private final ThemeEditor themes;

	private final AudienceEditor audiences;

	private final VenueEditor venues;

	TaxonomyWriteApiController(ThemeEditor themes, AudienceEditor audiences, VenueEditor venues) {
		this.themes = themes;
		this.audiences = audiences;
		this.venues = venues;
	}

	@PostMapping("/api/themes")
	@Operation(summary = "Create a theme")
	ResponseEntity<Theme> createTheme(@Valid @RequestBody ThemeRequest request) {
		Theme theme = this.themes.create(request.slug(), request.name(), request.description());
		return ResponseEntity.created(URI.create("/api/themes/" + theme.id())).body(theme);
	}

	@PutMapping("/api/themes/{id}")
	@Operation(summary = "Change a theme")
	Theme updateTheme(@PathVariable long id, @Valid @RequestBody ThemeRequest request) {
		return this.themes.update(id, request.version(), request.slug(), request.name(), request.description());
	}

	@PostMapping("/api/audiences")
	@Operation(summary = "Create an audience")
	ResponseEntity<Audience> createAudience(@Valid @RequestBody AudienceRequest request) {
		Audience audience = this.audiences.create(request.slug(), request.name());
		return ResponseEntity.created(URI.create("/api/audiences/" + audience.id())).body(audience);
	}

	@PutMapping("/api/audiences/{id}")
	@Operation(summary = "Change an audience")
	Audience updateAudience(@PathVariable long id, @Valid @RequestBody AudienceRequest request) {
		return this.audiences.update(id, request.version(), request.slug(), request.name());
	}

	@PostMapping("/api/venues")
	@Operation(summary = "Create a venue")
	ResponseEntity<Venue> createVenue(@Valid @RequestBody VenueRequest request) {
		Venue venue = this.venues.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/venues/" + venue.id())).body(venue);
	}

	@PutMapping("/api/venues/{id}")
	@Operation(summary = "Change a venue")
	Venue updateVenue(@PathVariable long id, @Valid @RequestBody VenueRequest request) {
		return this.venues.update(id, request.version(), request.toDetails());
	}

}
