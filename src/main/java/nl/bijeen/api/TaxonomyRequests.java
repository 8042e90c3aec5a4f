package nl.bijeen.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.bijeen.common.SingleLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.VenueDetails;

/**
 * Request bodies for themes, audiences and venues on the write API, with the fields of the read API
 * ({@link TaxonomyResponse}, {@link EventDetailResponse.VenueResponse}); read-only fields such as {@code id}
 * are ignored. A left-out slug is made from the name; {@code version} (on changes) is the version read, a
 * different stored version gives 409.
 */
final class TaxonomyRequests {

	static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

	private TaxonomyRequests() {
	}

	@Schema(name = "ThemeWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ThemeRequest(@SingleLine @Size(max = 120) @Pattern(regexp = SLUG, message = "{taxonomy.slug.invalid}") String slug,
			@SingleLine @NotBlank @Size(max = 120) String name, @Size(max = 2000) String description, Integer version) {
	}

	@Schema(name = "AudienceWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AudienceRequest(@SingleLine @Size(max = 120) @Pattern(regexp = SLUG, message = "{taxonomy.slug.invalid}") String slug,
			@SingleLine @NotBlank @Size(max = 120) String name, Integer version) {
	}

	@Schema(name = "VenueWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record VenueRequest(@SingleLine @NotBlank @Size(max = 200) String name, @SingleLine @Size(max = 200) String street,
			@SingleLine @Size(max = 20) String postalCode, @SingleLine @Size(max = 120) String city,
			@Pattern(regexp = "^[A-Za-z]{2}$", message = "{venue.country.invalid}") String country,
			@Size(max = 2000) String route, @Size(max = 2000) String accessibility, Integer version) {

		VenueDetails toDetails() {
			return new VenueDetails(this.name, this.street, this.postalCode, this.city, this.country, this.route,
					this.accessibility);
		}

	}

}
