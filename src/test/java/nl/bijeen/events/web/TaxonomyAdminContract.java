package nl.bijeen.events.web;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.Audience;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
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
 * Themes, audiences and venues: admin pages and write API, on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMIN")
abstract class TaxonomyAdminContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ApiTokenService tokens;

	Event eventUsing(Venue venue, Theme theme, Audience audience) {
		Event event = Event.draft("gebruikt-" + System.nanoTime(), "Debat", LocalDateTime.of(2027, 1, 1, 10, 0),
				LocalDateTime.of(2027, 1, 1, 12, 0));
		if (venue != null) {
			event.setVenueId(venue.id());
		}
		if (theme != null) {
			event.setThemeIds(List.of(theme.id()));
		}
		if (audience != null) {
			event.setAudienceIds(List.of(audience.id()));
		}
		return this.eventSeeds.save(event);
	}

	@Test
	void createsAThemeWithASlugFromItsName() throws Exception {
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", "Sociale basis").param("slug", ""))
			.andExpect(redirectedUrl("/admin/themes"))
			.andExpect(flash().attribute("message", "admin.saved"));
		assertThat(this.eventCatalog.themeBySlug("sociale-basis")).isPresent();
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", "Sociale basis"));
		assertThat(this.eventCatalog.themeBySlug("sociale-basis-2")).isPresent();
		this.mvc.perform(get("/admin/themes"))
			.andExpect(content().string(allOf(containsString("Sociale basis"), containsString("<caption"),
					containsString("href=\"/admin/venues\""))));
	}

	@Test
	void validatesTheThemeForm() throws Exception {
		this.eventSeeds.save(Theme.create("eenzaamheid", "Eenzaamheid", null));
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("themeForm", "name"))
			.andExpect(content().string(containsString("Vul een naam in.")));
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", "X").param("slug", "Niet Goed"))
			.andExpect(model().attributeHasFieldErrors("themeForm", "slug"));
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", "X").param("slug", "eenzaamheid"))
			.andExpect(model().attributeHasFieldErrorCode("themeForm", "slug", "theme.slug.taken"));
		this.mvc.perform(post("/admin/themes").with(csrf()).param("name", "x".repeat(121)))
			.andExpect(model().attributeHasFieldErrors("themeForm", "name"));
	}

	@Test
	void editsAThemeAndRefusesAStaleVersion() throws Exception {
		Theme theme = this.eventSeeds.save(Theme.create("empowerment", "Empowerment", null));
		this.mvc.perform(get("/admin/themes/" + theme.id() + "/edit"))
			.andExpect(content().string(containsString("value=\"Empowerment\"")));
		this.mvc.perform(post("/admin/themes/" + theme.id()).with(csrf()).param("name", "Empowerment en eigen kracht")
				.param("slug", "empowerment").param("version", theme.version().toString()))
			.andExpect(redirectedUrl("/admin/themes"));
		assertThat(this.eventCatalog.theme(theme.id()).orElseThrow().name()).isEqualTo("Empowerment en eigen kracht");
		this.mvc.perform(post("/admin/themes/" + theme.id()).with(csrf()).param("name", "Oud")
				.param("version", theme.version().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
	}

	@Test
	void deletesOnlyWhatNoEventUses() throws Exception {
		Theme used = this.eventSeeds.save(Theme.create("gebruikt", "Gebruikt", null));
		Theme free = this.eventSeeds.save(Theme.create("vrij", "Vrij", null));
		Audience audience = this.eventSeeds.save(Audience.create("raadsleden", "Raadsleden"));
		Venue venue = this.eventSeeds.save(Venue.create("Geertekerk", "Kerkplein 17", "3512 GH", "Utrecht"));
		eventUsing(venue, used, audience);
		this.mvc.perform(post("/admin/themes/" + used.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "theme.inUse"));
		this.mvc.perform(post("/admin/audiences/" + audience.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "audience.inUse"));
		this.mvc.perform(post("/admin/venues/" + venue.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("error", "venue.inUse"));
		this.mvc.perform(post("/admin/themes/" + free.id() + "/delete").with(csrf()))
			.andExpect(flash().attribute("message", "admin.deleted"));
		assertThat(this.eventCatalog.theme(used.id()).isPresent()).isTrue();
		assertThat(this.eventCatalog.theme(free.id()).isPresent()).isFalse();
		assertThat(this.eventCatalog.venue(venue.id()).isPresent()).isTrue();
		this.mvc.perform(get("/admin/themes")).andExpect(status().isOk());
	}

	@Test
	void createsAndEditsAudiences() throws Exception {
		this.mvc.perform(get("/admin/audiences/new")).andExpect(status().isOk());
		this.mvc.perform(post("/admin/audiences").with(csrf()).param("name", "Sociaal professionals"))
			.andExpect(redirectedUrl("/admin/audiences"));
		Audience audience = this.eventCatalog.audienceBySlug("sociaal-professionals").orElseThrow();
		this.mvc.perform(post("/admin/audiences/" + audience.id()).with(csrf()).param("name", "Professionals")
				.param("slug", "professionals").param("version", audience.version().toString()))
			.andExpect(redirectedUrl("/admin/audiences"));
		assertThat(this.eventCatalog.audienceBySlug("professionals")).isPresent();
		this.mvc.perform(get("/admin/audiences")).andExpect(content().string(containsString("Professionals")));
	}

	@Test
	void createsAndValidatesVenues() throws Exception {
		this.mvc.perform(get("/admin/venues/new")).andExpect(content().string(containsString("<legend")));
		this.mvc.perform(post("/admin/venues").with(csrf()).param("name", "Muntgebouw").param("street", "Leidseweg 90")
				.param("postalCode", "3531 BG").param("city", "Utrecht").param("country", "nl")
				.param("accessibility", "Rolstoeltoegankelijk, ringleiding"))
			.andExpect(redirectedUrl("/admin/venues"));
		Venue venue = this.eventCatalog.venues().get(0);
		assertThat(venue.country()).isEqualTo("NL");
		assertThat(venue.accessibility()).contains("ringleiding");
		this.mvc.perform(post("/admin/venues").with(csrf()).param("name", "").param("country", "Nederland"))
			.andExpect(model().attributeHasFieldErrors("venueForm", "name", "country"));
		this.mvc.perform(get("/admin/venues/" + venue.id() + "/edit"))
			.andExpect(content().string(containsString("value=\"Leidseweg 90\"")));
		this.mvc.perform(get("/admin/venues/999999/edit")).andExpect(status().isNotFound());
	}

	@Test
	void writesThemesAudiencesAndVenuesThroughTheApi() throws Exception {
		String token = "Bearer " + this.tokens.issue("admin", "tests");
		this.mvc.perform(post("/api/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Kwartiermaken\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/themes/\\d+")))
			.andExpect(jsonPath("$.slug").value("kwartiermaken"));
		this.mvc.perform(post("/api/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ander\", \"slug\": \"kwartiermaken\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/audiences").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/venues").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Muntgebouw\", \"city\": \"Utrecht\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(put("/api/venues/999999").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Nergens\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/themes").with(anonymous()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\"}"))
			.andExpect(status().isUnauthorized());
	}

}
