package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people who contribute to events, with the published events they take part in.
 */
@Guard(Need.PUBLIC)
@RestController
@RequestMapping(path = "/api/people", produces = "application/json")
@Tag(name = ApiDocumentation.PEOPLE)
class PeopleApiController {

	private final PeopleDirectory directory;

	private final PersonResponses responses;

	PeopleApiController(PeopleDirectory directory, PersonResponses responses) {
		this.directory = directory;
		this.responses = responses;
	}

	@GetMapping
	@Operation(summary = "List people, by name")
	@ApiResponse(responseCode = "200", description = "A page of people")
	@ApiResponse(responseCode = "400", description = "Invalid page or size (problem+json with `errors`)")
	ApiPage<PersonResponse> list(
			@Parameter(description = "Part of the name") @RequestParam(required = false) String q,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(ApiPage.MAX_SIZE) int size) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		List<Person> matching = this.directory.peopleByName()
			.stream()
			.filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		ApiPage<Person> slice = ApiPage.slice(matching, page, size);
		return new ApiPage<>(this.responses.list(slice.items()), slice.page(), slice.size(), slice.total(),
				slice.totalPages());
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "One person with the published events they contribute to and their roles")
	@ApiResponse(responseCode = "200", description = "The person")
	@ApiResponse(responseCode = "404", description = "No person with this id or slug")
	PersonResponse.Detail get(@Parameter(description = "Numeric id or slug") @PathVariable String idOrSlug) {
		Person person = IdOrSlug.find(idOrSlug, this.directory::person, this.directory::personBySlug)
			.orElseThrow(() -> new NotFoundException("No person " + idOrSlug));
		return this.responses.detail(person);
	}

}
