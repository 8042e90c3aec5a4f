package nl.bijeen.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A theme or an audience.
 */
@Schema(description = "A theme or an audience")
record TaxonomyResponse(long id, String slug, String name, String description) {

}
