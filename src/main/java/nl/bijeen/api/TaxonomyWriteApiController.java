package nl.bijeen.api;

import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.events.Audience;
import nl.bijeen.events.AudienceEditor;
import nl.bijeen.events.Theme;
import nl.bijeen.events.ThemeEditor;
import nl.bijeen.events.Venue;
import nl.bijeen.events.VenueEditor;
import nl.bijeen.api.EventDetailResponse.VenueResponse;
import nl.bijeen.api.TaxonomyRequests.AudienceRequest;
import nl.bijeen.api.TaxonomyRequests.ThemeRequest;
import nl.bijeen.api.TaxonomyRequests.VenueRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API for themes, audiences and venues (bearer token), next to the read side
 * ({@link TaxonomyApiController}); bodies and answers have the read API's fields ({@link TaxonomyResponse},
 * {@link VenueResponse}). Errors are RFC 9457 problem+json ({@link WriteApiProblems}). A venue created with an
 * organisation's token belongs to that organisation, which alone may change it (another organisation's venue and a
 * shared one are "not found"); a platform administrator's token creates shared venues and changes every venue.
 */
@Guard(Need.PLATFORM)
@RestController
@Tag(name = "Themes, audiences and venues (write)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class TaxonomyWriteApiController {

	private final ThemeEditor themes;

	private final AudienceEditor audiences;

	private final VenueEditor venues;

	private final Rights rights;

	TaxonomyWriteApiController(ThemeEditor themes, AudienceEditor audiences, VenueEditor venues, Rights rights) {
		this.themes = themes;
		this.audiences = audiences;
		this.venues = venues;
		this.rights = rights;
	}

	@PostMapping("/api/themes")
	@Operation(summary = "Create a theme")
	ResponseEntity<TaxonomyResponse> createTheme(@Valid @RequestBody ThemeRequest request) {
		Theme theme = this.themes.create(request.slug(), request.name(), request.description());
		return ResponseEntity.created(URI.create("/api/themes/" + theme.id())).body(TaxonomyResponse.of(theme));
	}

	@PutMapping("/api/themes/{id}")
	@Operation(summary = "Change a theme")
	TaxonomyResponse updateTheme(@PathVariable long id, @Valid @RequestBody ThemeRequest request) {
		return TaxonomyResponse.of(this.themes.update(id, request.version(), request.slug(), request.name(), request.description()));
	}

	@PostMapping("/api/audiences")
	@Operation(summary = "Create an audience")
	ResponseEntity<TaxonomyResponse> createAudience(@Valid @RequestBody AudienceRequest request) {
		Audience audience = this.audiences.create(request.slug(), request.name());
		return ResponseEntity.created(URI.create("/api/audiences/" + audience.id()))
			.body(TaxonomyResponse.of(audience));
	}

	@PutMapping("/api/audiences/{id}")
	@Operation(summary = "Change an audience")
	TaxonomyResponse updateAudience(@PathVariable long id, @Valid @RequestBody AudienceRequest request) {
		return TaxonomyResponse.of(this.audiences.update(id, request.version(), request.slug(), request.name()));
	}

	@Guard(Need.ORGANISATION)
	@PostMapping("/api/venues")
	@Operation(summary = "Create a venue",
			description = "With an organisation's token the venue belongs to that organisation; with a platform "
					+ "administrator's token it is shared, for every organisation to choose.")
	ResponseEntity<VenueResponse> createVenue(@Valid @RequestBody VenueRequest request) {
		Actor actor = this.rights.current();
		Venue venue = this.venues.create(request.toDetails(), actor.platformAdmin() ? null : actor.organisationId());
		return ResponseEntity.created(URI.create("/api/venues/" + venue.id())).body(VenueResponse.of(venue));
	}

	@Guard(value = Need.VENUE, id = "id")
	@PutMapping("/api/venues/{id}")
	@Operation(summary = "Change a venue", description = "Only a venue of the token's organisation (404 otherwise).")
	VenueResponse updateVenue(@PathVariable long id, @Valid @RequestBody VenueRequest request) {
		return VenueResponse.of(this.venues.update(id, request.version(), request.toDetails()));
	}

}
