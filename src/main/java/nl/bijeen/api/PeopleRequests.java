package nl.bijeen.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.bijeen.common.SingleLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.people.OrganisationDetails;
import nl.bijeen.people.PersonDetails;

/**
 * Request bodies for people and organisations on the write API, with the fields and structure of the read
 * API ({@link PersonResponse.Detail}, {@link OrganisationResponse.Detail}); read-only fields ({@code id},
 * {@code events}, {@code people}, the slug and name of the organisation reference) are ignored. A left-out
 * slug is made from the name; {@code version} (on changes) is the version read, a different stored version
 * gives 409.
 */
final class PeopleRequests {

	static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

	static final String WEB = "^https?://\\S+$";

	private PeopleRequests() {
	}

	@Schema(name = "PersonWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PersonRequest(@SingleLine @Size(max = 120) @Pattern(regexp = SLUG, message = "{people.slug.invalid}") String slug,
			@SingleLine @NotBlank @Size(max = 200) String name, @SingleLine @Size(max = 200) String jobTitle,
			@Schema(description = "The organisation the person works for, by id") @Valid EventRequest.IdRef organisation,
			@Schema(description = "Free text for an organisation not in bijeen") @SingleLine @Size(max = 200) String affiliation,
			@Size(max = 4000) String bio,
			@Size(max = 500) @Pattern(regexp = WEB, message = "{people.url.invalid}") String photoUrl,
			Integer version) {

		PersonDetails toDetails() {
			return new PersonDetails(this.slug, this.name, this.jobTitle,
					this.organisation != null ? this.organisation.id() : null, this.affiliation,
					this.bio, this.photoUrl);
		}

	}

	@Schema(name = "OrganisationWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrganisationRequest(@SingleLine @Size(max = 120) @Pattern(regexp = SLUG, message = "{people.slug.invalid}") String slug,
			@SingleLine @NotBlank @Size(max = 200) String name,
			@Size(max = 500) @Pattern(regexp = WEB, message = "{people.url.invalid}") String website,
			@Size(max = 500) @Pattern(regexp = WEB, message = "{people.url.invalid}") String logoUrl,
			@Size(max = 4000) String description, Integer version) {

		OrganisationDetails toDetails() {
			return new OrganisationDetails(this.slug, this.name, this.website, this.logoUrl, this.description);
		}

	}

}
