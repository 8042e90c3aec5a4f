package nl.bijeen.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.programme.Role;

/**
 * A person in a list.
 */
@Schema(description = "A person in a list")
record PersonResponse(long id, String slug, String name, String jobTitle, Ref organisation, String affiliation) {

	@Schema(description = "A person with the published events they contribute to")
	record Detail(long id, String slug, String name, String jobTitle, Ref organisation, String affiliation,
			String bio, String photoUrl, List<PersonEvent> events,
			@Schema(description = "Send back on a change; a different stored version gives 409") Integer version) {
	}

	@Schema(description = "An event a person contributes to, with their roles in it")
	record PersonEvent(long id, String slug, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			List<Role> roles) {
	}

}
