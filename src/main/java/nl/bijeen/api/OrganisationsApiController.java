package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations, with their people and the published events they organise.
 */
@Guard(Need.PUBLIC)
@RestController
@RequestMapping(path = "/api/organisations", produces = "application/json")
@Tag(name = ApiDocumentation.ORGANISATIONS)
class OrganisationsApiController {

	private final PeopleDirectory directory;

	private final PersonResponses personResponses;

	OrganisationsApiController(PeopleDirectory directory, PersonResponses personResponses) {
		this.directory = directory;
		this.personResponses = personResponses;
	}

	@GetMapping
	@Operation(summary = "All organisations, by name")
	List<OrganisationResponse> list() {
		return this.directory.organisationsByName()
			.stream()
			.map(o -> new OrganisationResponse(o.id(), o.slug(), o.name(), o.website()))
			.toList();
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "One organisation with its people and the published events it (co-)organises, latest first")
	@ApiResponse(responseCode = "200", description = "The organisation")
	@ApiResponse(responseCode = "404", description = "No organisation with this id or slug")
	OrganisationResponse.Detail get(@Parameter(description = "Numeric id or slug", example = "movisie")
			@PathVariable String idOrSlug) {
		Organisation o = IdOrSlug.find(idOrSlug, this.directory::organisation, this.directory::organisationBySlug)
			.orElseThrow(() -> new NotFoundException("No organisation " + idOrSlug));
		return this.personResponses.detail(o);
	}

}
