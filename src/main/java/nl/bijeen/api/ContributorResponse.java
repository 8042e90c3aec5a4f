package nl.bijeen.api;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.programme.Role;

/**
 * A person in a role: day chair, speaker, panel member, session leader.
 */
@Schema(description = "A person contributing in a role")
record ContributorResponse(long personId, String personSlug, String name, String jobTitle, String organisation,
		Role role) {

}
