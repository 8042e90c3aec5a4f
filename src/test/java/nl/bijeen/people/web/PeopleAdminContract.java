package nl.bijeen.people.web;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People and organisations: admin pages and write API, on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMIN")
abstract class PeopleAdminContract {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleDirectory peopleDirectory;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeSeeds contributions;

	@Autowired
	ApiTokenService tokens;

	@Test
	void createsPeopleWithUniqueSlugsAndAnOrganisation() throws Exception {
		Organisation movisie = this.peopleSeeds.save(Organisation.create("movisie", "Movisie", null, null));
		this.mvc.perform(get("/admin/people/new"))
			.andExpect(content().string(allOf(containsString("Movisie"), containsString("<legend"))));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "Tanja Bubić").param("jobTitle", "dagvoorzitter")
				.param("organisationId", movisie.id().toString()))
			.andExpect(redirectedUrl("/admin/people"))
			.andExpect(flash().attribute("message", "admin.saved"));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "Tanja Bubic").param("affiliation", "Eigen bureau"))
			.andExpect(redirectedUrl("/admin/people"));
		Person first = this.peopleDirectory.personBySlug("tanja-bubic").orElseThrow();
		assertThat(first.organisationId()).isEqualTo(movisie.id());
		assertThat(this.peopleDirectory.personBySlug("tanja-bubic-2").orElseThrow().affiliation()).isEqualTo("Eigen bureau");
		this.mvc.perform(get("/admin/people"))
			.andExpect(content().string(allOf(containsString("Tanja Bubić"), containsString("Movisie"),
					containsString("Eigen bureau"), containsString("<caption"))));
	}

	@Test
	void validatesThePersonForm() throws Exception {
		this.peopleSeeds.save(Person.create("doortje-kal", "Doortje Kal", null, null, null, null));
		long before = this.peopleDirectory.peopleByName().size();
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("personForm", "name"))
			.andExpect(content().string(allOf(containsString("Vul de naam van de persoon in."),
					containsString("aria-invalid=\"true\""))));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "X").param("slug", "Doortje Kal"))
			.andExpect(model().attributeHasFieldErrors("personForm", "slug"));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "X").param("slug", "doortje-kal"))
			.andExpect(model().attributeHasFieldErrorCode("personForm", "slug", "person.slug.taken"));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "X").param("photoUrl", "javascript:alert(1)"))
			.andExpect(model().attributeHasFieldErrors("personForm", "photoUrl"));
		this.mvc.perform(post("/admin/people").with(csrf()).param("name", "x".repeat(201)))
			.andExpect(model().attributeHasFieldErrors("personForm", "name"));
		assertThat(this.peopleDirectory.peopleByName().size()).as("nobody stored").isEqualTo(before);
	}

	@Test
	void editsAPersonAndRefusesAStaleVersion() throws Exception {
		Person person = this.peopleSeeds.save(Person.create("madeleine-prinsen", "Madeleine Prinsen", null, null, null, null));
		this.mvc.perform(get("/admin/people/" + person.id() + "/edit"))
			.andExpect(content().string(containsString("value=\"Madeleine Prinsen\"")));
		this.mvc.perform(post("/admin/people/" + person.id()).with(csrf()).param("name", "Madeleine Prinsen")
				.param("jobTitle", "workshopleider").param("version", person.version().toString()))
			.andExpect(redirectedUrl("/admin/people"));
		assertThat(this.peopleDirectory.person(person.id()).orElseThrow().jobTitle()).isEqualTo("workshopleider");
		this.mvc.perform(post("/admin/people/" + person.id()).with(csrf()).param("name", "Oud")
				.param("version", person.version().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		this.mvc.perform(get("/admin/people/999999/edit")).andExpect(status().isNotFound());
	}

	@Test
	void deletesOnlyPeopleAndOrganisationsNothingRefersTo() throws Exception {
		Organisation trimbos = this.peopleSeeds.save(Organisation.create("trimbos", "Trimbos-instituut", null, null));
		Organisation free = this.peopleSeeds.save(Organisation.create("los", "Los", null, null));
		Person speaker = this.peopleSeeds.save(Person.create("spreker", "Spreker", null, trimbos.id(), null, null));
		Person nobody = this.peopleSeeds.save(Person.create("niemand", "Niemand", null, null, null, null));
		Event event = Event.draft("debat-personen", "Debat", LocalDateTime.of(2027, 1, 1, 10, 0),
				LocalDateTime.of(2027, 1, 1, 12, 0));
		event.setOrganiserIds(List.of(free.id()));
		event = this.eventSeeds.save(event);
		this.contributions.save(Contribution.toEvent(event.getId(), speaker.id(), Role.SPEAKER, 0));

		this.mvc.perform(post("/admin/people/" + speaker.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "person.inUse"));
		this.mvc.perform(post("/admin/organisations/" + trimbos.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "organisation.inUse"));
		this.mvc.perform(post("/admin/organisations/" + free.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "organisation.inUse"));
		this.mvc.perform(post("/admin/people/" + nobody.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("message", "admin.deleted"));
		assertThat(this.peopleDirectory.person(speaker.id()).isPresent()).isTrue();
		assertThat(this.peopleDirectory.person(nobody.id()).isPresent()).isFalse();
		assertThat(this.peopleDirectory.organisationExists(trimbos.id())).isTrue();
		this.mvc.perform(get("/admin/people")).andExpect(status().isOk());
	}

	@Test
	void createsEditsAndValidatesOrganisations() throws Exception {
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("name", "Universiteit voor Humanistiek")
				.param("website", "https://www.uvh.nl"))
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation uvh = this.peopleDirectory.organisationBySlug("universiteit-voor-humanistiek").orElseThrow();
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("name", "").param("website", "www.uvh.nl"))
			.andExpect(model().attributeHasFieldErrors("organisationForm", "name", "website"));
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("name", "UvH")
				.param("slug", "universiteit-voor-humanistiek"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "slug", "organisation.slug.taken"));
		this.mvc.perform(post("/admin/organisations/" + uvh.id()).with(csrf()).param("name", "UvH")
				.param("slug", "uvh").param("version", uvh.version().toString()))
			.andExpect(redirectedUrl("/admin/organisations"));
		this.mvc.perform(get("/admin/organisations"))
			.andExpect(content().string(allOf(containsString("UvH"), containsString("href=\"/admin/themes\""))));
	}

	@Test
	@WithMockUser(roles = {})
	void adminPagesNeedTheOrganiserRole() throws Exception {
		this.mvc.perform(get("/admin/people")).andExpect(status().isForbidden());
	}

	@Test
	void writesPeopleAndOrganisationsThroughTheApi() throws Exception {
		String token = "Bearer " + this.tokens.issue("admin", "tests");
		String location = this.mvc.perform(post("/api/organisations").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Movisie\", \"website\": \"https://www.movisie.nl\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/organisations/\\d+")))
			.andExpect(jsonPath("$.slug").value("movisie"))
			.andReturn().getResponse().getHeader("Location");
		long organisationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/api/people").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Tanja Bubic\", \"organisation\": {\"id\": %d}}".formatted(organisationId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisation.id").value(organisationId))
			.andExpect(jsonPath("$.organisation.slug").value("movisie"))
			.andExpect(jsonPath("$.version").isNumber());
		this.mvc.perform(post("/api/people").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"photoUrl\": \"ftp://x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[*].field", hasItem("photoUrl")));
		this.mvc.perform(post("/api/people").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ander\", \"slug\": \"tanja-bubic\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.code").value("person.slug.taken"));
		this.mvc.perform(put("/api/people/999999").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Niemand\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(put("/api/organisations/" + organisationId).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Movisie\", \"version\": 7}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(post("/api/people").with(anonymous()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

}
