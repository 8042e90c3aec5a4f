package nl.bijeen.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organisation in a list.
 */
@Schema(description = "An organisation in a list")
record OrganisationResponse(long id, String slug, String name, String website) {

	@Schema(description = "An organisation with its people and the published events it (co-)organises")
	record Detail(long id, String slug, String name, String website, String logoUrl, String description,
			List<PersonResponse> people, List<EventSummaryResponse> events,
			@Schema(description = "Send back on a change; a different stored version gives 409") Integer version) {
	}

}
