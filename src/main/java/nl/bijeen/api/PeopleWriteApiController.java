package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationEditor;
import nl.bijeen.people.Person;
import nl.bijeen.people.PersonEditor;
import nl.bijeen.api.PeopleRequests.OrganisationRequest;
import nl.bijeen.api.PeopleRequests.PersonRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API for people and organisations (bearer token), next to the read side ({@link PeopleApiController},
 * {@link OrganisationsApiController}); bodies and answers have the read API's format. Errors are RFC 9457
 * problem+json ({@link WriteApiProblems}).
 */
@RestController
@Tag(name = "People and organisations (write)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class PeopleWriteApiController {

	private final PersonEditor people;

	private final OrganisationEditor organisations;

	private final PersonResponses responses;

	PeopleWriteApiController(PersonEditor people, OrganisationEditor organisations, PersonResponses responses) {
		this.people = people;
		this.organisations = organisations;
		this.responses = responses;
	}

	@Guard(Need.ORGANISATION)
	@PostMapping("/api/people")
	@Operation(summary = "Create a person", description = "Answers 201 with the Location of the new person.")
	ResponseEntity<PersonResponse.Detail> createPerson(@Valid @RequestBody PersonRequest request) {
		Person person = this.people.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/people/" + person.id())).body(this.responses.detail(person));
	}

	@Guard(value = Need.PERSON, id = "id")
	@PutMapping("/api/people/{id}")
	@Operation(summary = "Change a person")
	PersonResponse.Detail updatePerson(@PathVariable long id, @Valid @RequestBody PersonRequest request) {
		return this.responses.detail(this.people.update(id, request.version(), request.toDetails()));
	}

	@Guard(Need.PLATFORM)
	@PostMapping("/api/organisations")
	@Operation(summary = "Create an organisation", description = "Answers 201 with the Location of the new organisation.")
	ResponseEntity<OrganisationResponse.Detail> createOrganisation(@Valid @RequestBody OrganisationRequest request) {
		Organisation organisation = this.organisations.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
			.body(this.responses.detail(organisation));
	}

	@Guard(value = Need.OWN_ORGANISATION, id = "id")
	@PutMapping("/api/organisations/{id}")
	@Operation(summary = "Change an organisation")
	OrganisationResponse.Detail updateOrganisation(@PathVariable long id,
			@Valid @RequestBody OrganisationRequest request) {
		return this.responses.detail(this.organisations.update(id, request.version(), request.toDetails()));
	}

}
