package nl.bijeen.events.api;

import java.time.LocalDateTime;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Events;
import nl.bijeen.events.Venue;
import nl.bijeen.events.Venues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events write API with a real bearer token, on H2 and PostgreSQL: status codes, Location and
 * problem+json answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
abstract class EventApiContract {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	Events events;

	@Autowired
	Venues venues;

	String token;

	Venue venue;

	@BeforeEach
	void issueToken() {
		this.token = this.tokens.issue("admin", "tests");
		this.venue = this.venues.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
	}

	MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request, String json) {
		return request.header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	String event(String title, String slug) {
		return """
				{"title": "%s", "slug": %s, "eventType": "DEBATE", "attendanceMode": "VENUE",
				 "startsAt": "2027-06-10T19:30", "endsAt": "2027-06-10T22:00", "venueId": %d, "priceCents": 0}
				""".formatted(title, slug == null ? "null" : "\"" + slug + "\"", this.venue.id());
	}

	Event stored(String slug) {
		Event event = Event.draft(slug, "Debat", LocalDateTime.of(2027, 6, 10, 19, 30), LocalDateTime.of(2027, 6, 10, 22, 0));
		event.setVenueId(this.venue.id());
		return this.events.save(event);
	}

	@Test
	void refusesWritesWithoutATokenAsProblemJson() throws Exception {
		this.mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).content(event("X", null)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(post("/api/events").header("Authorization", "Bearer bij_wrong")
				.contentType(MediaType.APPLICATION_JSON).content(event("X", null)))
			.andExpect(status().isUnauthorized());
		assertThat(this.events.count()).isZero();
	}

	@Test
	void createsADraftWithLocation() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), event("De sociale idealen van gemeenten", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/events/\\d+")))
			.andExpect(jsonPath("$.slug").value("de-sociale-idealen-van-gemeenten"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void answersBeanValidationErrorsWith400ProblemJson() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), """
				{"title": "", "startsAt": "2027-06-10T19:30", "capacity": -1}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endsAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacity")));
	}

	@Test
	void answersBrokenRulesWith400ProblemJsonInTheCallersLanguage() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), """
				{"title": "Debat", "startsAt": "2027-06-10T19:30", "endsAt": "2027-06-10T18:00",
				 "onlineUrl": "ftp://example.org", "imageUrl": "https://example.org/a.jpg"}
				""").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[*].code", hasItem("event.endsAt.beforeStart")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("event.onlineUrl.invalid")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("event.imageAlt.required")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The end must be after the start.")));
	}

	@Test
	void answersUnreadableJsonWith400() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), "{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void answersADuplicateSlugWith409() throws Exception {
		stored("bezet");
		this.mvc.perform(authorised(post("/api/events"), event("Debat", "bezet")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.code").value("event.slug.taken"));
	}

	@Test
	void changesAnEventAndKeepsTheOldSlug() throws Exception {
		Event event = stored("debat-oud");
		this.mvc.perform(authorised(put("/api/events/" + event.getId()), event("Debat", "debat-nieuw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("debat-nieuw"));
		assertThat(this.events.findByFormerSlug("debat-oud")).map(Event::getId).contains(event.getId());
	}

	@Test
	void answersAStaleVersionWith409() throws Exception {
		Event event = stored("versie");
		String json = event("Debat", null).replace("\"priceCents\": 0", "\"priceCents\": 0, \"version\": 42");
		this.mvc.perform(authorised(put("/api/events/" + event.getId()), json))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.code").value("event.stale"));
	}

	@Test
	void answersAnUnknownEventWith404ProblemJson() throws Exception {
		this.mvc.perform(authorised(put("/api/events/999999"), event("Debat", null)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(authorised(post("/api/events/999999/publish"), ""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void publishesPostponesAndCancels() throws Exception {
		Event event = stored("acties");
		String url = "/api/events/" + event.getId();
		this.mvc.perform(authorised(post(url + "/publish"), "")).andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.mvc.perform(authorised(post(url + "/postpone"), "{\"newStart\": \"2027-09-16T19:30\"}"))
			.andExpect(jsonPath("$.startsAt").value("2027-09-16T19:30:00"))
			.andExpect(jsonPath("$.endsAt").value("2027-09-16T22:00:00"))
			.andExpect(jsonPath("$.previousStartsAt").value("2027-06-10T19:30:00"));
		this.mvc.perform(authorised(post(url + "/postpone"), "{\"dateUnknown\": true}"))
			.andExpect(jsonPath("$.status").value("POSTPONED"));
		this.mvc.perform(authorised(post(url + "/postpone"), "{}")).andExpect(status().isBadRequest());
		this.mvc.perform(authorised(post(url + "/cancel"), "")).andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void takesThePersonalMessageForTheParticipantsWithAPostponementOrCancellation(
			@org.springframework.beans.factory.annotation.Autowired ApplicationEvents published) throws Exception {
		Event event = stored("bericht");
		String url = "/api/events/" + event.getId();
		this.mvc.perform(authorised(post(url + "/publish"), "")).andExpect(status().isOk());
		this.mvc.perform(authorised(post(url + "/postpone"),
				"{\"dateUnknown\": true, \"message\": \"" + "x".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(authorised(post(url + "/postpone"), "{\"dateUnknown\": true, \"message\": \"Nieuwe datum volgt.\"}"))
			.andExpect(jsonPath("$.status").value("POSTPONED"));
		assertThat(published.stream(nl.bijeen.events.EventMoved.class)).singleElement()
			.satisfies(moved -> assertThat(moved.message()).isEqualTo("Nieuwe datum volgt."))
			.satisfies(moved -> assertThat(moved.dateKnown()).isFalse());
		this.mvc.perform(authorised(post(url + "/cancel"), "{\"message\": \"Helaas gaat het niet door.\"}"))
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(published.stream(nl.bijeen.events.EventCancelled.class)).singleElement()
			.satisfies(cancelled -> assertThat(cancelled.message()).isEqualTo("Helaas gaat het niet door."));
	}

	@Test
	void refusesToPublishWithoutVenueWith400() throws Exception {
		Event event = stored("zonder-locatie");
		event.setVenueId(null);
		this.events.save(event);
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/publish"), ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("venueId"));
	}

	@Test
	void duplicatesWith201() throws Exception {
		Event event = stored("origineel");
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/duplicate"), "{\"newStartDate\": \"2028-06-08\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.startsAt").value("2028-06-08T19:30:00"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/duplicate"), "{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void deletesOnlyDrafts() throws Exception {
		Event draft = stored("weg");
		this.mvc.perform(authorised(delete("/api/events/" + draft.getId()), "")).andExpect(status().isNoContent());
		assertThat(this.events.existsById(draft.getId())).isFalse();
		Event published = stored("blijft");
		published.publish();
		this.events.save(published);
		this.mvc.perform(authorised(delete("/api/events/" + published.getId()), ""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		assertThat(this.events.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.PUBLISHED);
	}

}
