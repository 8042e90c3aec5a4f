package nl.bijeen.api;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.events.Audience;
import nl.bijeen.events.Theme;

/**
 * A theme or an audience; the write API takes the same fields.
 */
@Schema(description = "A theme or an audience")
record TaxonomyResponse(long id, String slug, String name, String description,
		@Schema(description = "Send back on a change; a different stored version gives 409") Integer version) {

	static TaxonomyResponse of(Theme theme) {
		return new TaxonomyResponse(theme.id(), theme.slug(), theme.name(), theme.description(), theme.version());
	}

	static TaxonomyResponse of(Audience audience) {
		return new TaxonomyResponse(audience.id(), audience.slug(), audience.name(), null, audience.version());
	}

}
