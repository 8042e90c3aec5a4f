package nl.bijeen.people.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationEditor;
import nl.bijeen.people.Person;
import nl.bijeen.people.PersonEditor;
import nl.bijeen.people.api.PeopleRequests.OrganisationRequest;
import nl.bijeen.people.api.PeopleRequests.PersonRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Write API for people and organisations (bearer token). Errors are RFC 9457 problem+json.
 */
@RestController
@Tag(name = "People and organisations (write)")
class PeopleWriteApiController {

	private final PersonEditor people;

	private final OrganisationEditor organisations;

	PeopleWriteApiController(PersonEditor people, OrganisationEditor organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	@PostMapping("/api/people")
	@Operation(summary = "Create a person", description = "Answers 201 with the Location of the new person.")
	ResponseEntity<Person> createPerson(@Valid @RequestBody PersonRequest request) {
		Person person = this.people.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/people/" + person.id())).body(person);
	}

	@PutMapping("/api/people/{id}")
	@Operation(summary = "Change a person")
	Person updatePerson(@PathVariable long id, @Valid @RequestBody PersonRequest request) {
		return this.people.update(id, request.version(), request.toDetails());
	}

	@PostMapping("/api/organisations")
	@Operation(summary = "Create an organisation", description = "Answers 201 with the Location of the new organisation.")
	ResponseEntity<Organisation> createOrganisation(@Valid @RequestBody OrganisationRequest request) {
		Organisation organisation = this.organisations.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id())).body(organisation);
	}

	@PutMapping("/api/organisations/{id}")
	@Operation(summary = "Change an organisation")
	Organisation updateOrganisation(@PathVariable long id, @Valid @RequestBody OrganisationRequest request) {
		return this.organisations.update(id, request.version(), request.toDetails());
	}

}
