package nl.bijeen.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A short reference to an organisation, theme or audience.
 */
@Schema(description = "A reference to an organisation, theme or audience")
record Ref(long id, String slug, String name) {

}
