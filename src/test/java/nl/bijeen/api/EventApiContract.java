package nl.bijeen.api;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Audience;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events write API with a real bearer token, on H2 and PostgreSQL: status codes, Location and
 * problem+json answers; it takes what the read API gives, with times in any offset.
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
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	final JsonMapper json = JsonMapper.builder().build();

	String token;

	Venue venue;

	@BeforeEach
	void issueToken() {
		this.token = this.tokens.issue("admin", "tests");
		this.venue = this.eventSeeds.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
	}

	MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request, String json) {
		return request.header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	String event(String title, String slug) {
		return """
				{"title": "%s", "slug": %s, "type": "DEBATE", "mode": "VENUE",
				 "startsAt": "2027-06-10T19:30:00+02:00", "endsAt": "2027-06-10T22:00:00+02:00",
				 "venue": {"id": %d}, "price": {"free": true}}
				""".formatted(title, slug == null ? "null" : "\"" + slug + "\"", this.venue.id());
	}

	Event stored(String slug) {
		Event event = Event.draft(slug, "Debat", LocalDateTime.of(2027, 6, 10, 19, 30), LocalDateTime.of(2027, 6, 10, 22, 0));
		event.setVenueId(this.venue.id());
		return this.eventSeeds.save(event);
	}

	@Test
	void refusesWritesWithoutATokenAsProblemJson() throws Exception {
		this.mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).content(event("X", null)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(post("/api/events").header("Authorization", "Bearer bij_wrong")
				.contentType(MediaType.APPLICATION_JSON).content(event("X", null)))
			.andExpect(status().isUnauthorized());
		assertThat(this.eventCatalog.count()).isZero();
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
				{"title": "", "startsAt": "2027-06-10T19:30:00+02:00", "capacity": {"venue": -1}}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endsAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacity.venue")));
	}

	@Test
	void answersBrokenRulesWith400ProblemJsonInTheCallersLanguage() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), """
				{"title": "Debat", "startsAt": "2027-06-10T19:30:00+02:00", "endsAt": "2027-06-10T18:00:00+02:00",
				 "onlineUrl": "ftp://example.org", "imageUrl": "https://example.org/a.jpg"}
				""").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[*].code", hasItem("event.endsAt.beforeStart")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endsAt")))
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
		assertThat(this.eventCatalog.eventWithFormerSlug("debat-oud")).map(Event::getId).contains(event.getId());
	}

	@Test
	void answersAStaleVersionWith409() throws Exception {
		Event event = stored("versie");
		String json = event("Debat", null).replace("\"price\": {\"free\": true}", "\"price\": {\"free\": true}, \"version\": 42");
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
		this.mvc.perform(authorised(post(url + "/postpone"), "{\"newStart\": \"2027-09-16T17:30:00Z\"}"))
			.andExpect(jsonPath("$.startsAt").value("2027-09-16T19:30:00+02:00"))
			.andExpect(jsonPath("$.endsAt").value("2027-09-16T22:00:00+02:00"))
			.andExpect(jsonPath("$.previousStartsAt").value("2027-06-10T19:30:00+02:00"));
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
		this.eventSeeds.save(event);
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/publish"), ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("venue"));
	}

	@Test
	void duplicatesWith201() throws Exception {
		Event event = stored("origineel");
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/duplicate"), "{\"newStartDate\": \"2028-06-08\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.startsAt").value("2028-06-08T19:30:00+02:00"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc.perform(authorised(post("/api/events/" + event.getId() + "/duplicate"), "{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void deletesOnlyDrafts() throws Exception {
		Event draft = stored("weg");
		this.mvc.perform(authorised(delete("/api/events/" + draft.getId()), "")).andExpect(status().isNoContent());
		assertThat(this.eventCatalog.event(draft.getId()).isPresent()).isFalse();
		Event published = stored("blijft");
		published.publish();
		this.eventSeeds.save(published);
		this.mvc.perform(authorised(delete("/api/events/" + published.getId()), ""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		assertThat(this.eventCatalog.event(published.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.PUBLISHED);
	}

	@Test
	void takesBackWhatTheReadApiGivesAcrossDaylightSavingTime() throws Exception {
		Organisation movisie = this.peopleSeeds.save(Organisation.create("movisie", "Movisie", null, null));
		Organisation trimbos = this.peopleSeeds.save(Organisation.create("trimbos", "Trimbos-instituut", null, null));
		Theme theme = this.eventSeeds.save(Theme.create("eenzaamheid", "Eenzaamheid", null));
		Audience audience = this.eventSeeds.save(Audience.create("beleidsmakers", "Beleidsmakers"));
		// Starts in summer time (+02:00) the night the clocks go back, ends in winter time (+01:00).
		Event event = Event.draft("nachtdebat", "Nachtdebat", LocalDateTime.of(2027, 10, 30, 22, 0),
				LocalDateTime.of(2027, 10, 31, 10, 0));
		event.setEventType(EventType.DEBATE);
		event.setAttendanceMode(AttendanceMode.HYBRID);
		event.setVenueId(this.venue.id());
		event.setOnlineUrl("https://meet.example.org/nachtdebat");
		event.setSubtitle("Tot de klok teruggaat");
		event.setSummary("Een debat dat door de wintertijd heen loopt.");
		event.setDescriptionHtml("<p>Over <strong>tijd</strong>.</p>");
		event.setPriceCents(1250);
		event.setCapacity(80);
		event.setCapacityOnline(300);
		event.setRegistrationOpensAt(LocalDateTime.of(2027, 3, 1, 10, 0));
		event.setRegistrationClosesAt(LocalDateTime.of(2027, 10, 29, 12, 0));
		event.setImageUrl("https://example.org/nacht.jpg");
		event.setImageAlt("Een klok");
		event.setOrganiserIds(List.of(trimbos.id(), movisie.id()));
		event.setThemeIds(List.of(theme.id()));
		event.setAudienceIds(List.of(audience.id()));
		event.publish();
		event = this.eventSeeds.save(event);
		String url = "/api/events/" + event.getId();

		String read = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startsAt").value("2027-10-30T22:00:00+02:00"))
			.andExpect(jsonPath("$.endsAt").value("2027-10-31T10:00:00+01:00"))
			.andExpect(jsonPath("$.registration.opensAt").value("2027-03-01T10:00:00+01:00"))
			.andReturn().getResponse().getContentAsString();
		this.mvc.perform(authorised(put(url), read)).andExpect(status().isOk());
		String readAgain = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();

		assertThat(withoutVersion(readAgain)).isEqualTo(withoutVersion(read));
		Event stored = this.eventCatalog.event(event.getId()).orElseThrow();
		assertThat(stored.getStartsAt()).isEqualTo(LocalDateTime.of(2027, 10, 30, 22, 0));
		assertThat(stored.getEndsAt()).isEqualTo(LocalDateTime.of(2027, 10, 31, 10, 0));
		assertThat(stored.getOnlineUrl()).as("the meeting link is never read, so kept").isEqualTo(
				"https://meet.example.org/nachtdebat");
		assertThat(stored.organisersInOrder().get(0).organisationId()).isEqualTo(trimbos.id());
		assertThat(stored.getPriceCents()).isEqualTo(1250);
		assertThat(stored.getCapacityOnline()).isEqualTo(300);

		// The same body once more is refused: the version it carries is no longer the stored one.
		this.mvc.perform(authorised(put(url), read))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("event.stale"));
	}

	@Test
	void showsRichTextAsPagesDoAndKeepsTheStoredDescriptionWhenItComesBackAsRead() throws Exception {
		Event event = stored("beeldverslag");
		event.setDescriptionHtml("<p>Verslag</p><img src=\"https://tracker.example.com/pixel.gif\" alt=\"Teller\">"
				+ "<img src=\"/images/zaal.jpg\" alt=\"De zaal\">");
		event.publish();
		event = this.eventSeeds.save(event);
		String url = "/api/events/" + event.getId();

		String read = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String shown = this.json.readTree(read).path("descriptionHtml").asString();
		assertThat(shown).as("no third-party image, as on the event page").doesNotContain("tracker.example.com")
			.contains("Verslag").contains("/images/zaal.jpg");

		// Sent back as read: the stored description is kept, the image the API leaves out included.
		this.mvc.perform(authorised(put(url), read)).andExpect(status().isOk())
			.andExpect(jsonPath("$.descriptionHtml").value(shown));
		assertThat(this.eventCatalog.event(event.getId()).orElseThrow().getDescriptionHtml())
			.contains("https://tracker.example.com/pixel.gif").contains("/images/zaal.jpg");

		// A changed description replaces it.
		ObjectNode changed = (ObjectNode) this.json.readTree(
				this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
		changed.put("descriptionHtml", "<p>Nieuw verslag</p>");
		this.mvc.perform(authorised(put(url), changed.toString())).andExpect(status().isOk());
		assertThat(this.eventCatalog.event(event.getId()).orElseThrow().getDescriptionHtml())
			.isEqualTo("<p>Nieuw verslag</p>");
	}

	@Test
	void convertsEveryOffsetToTheWallClockTimeInAmsterdam() throws Exception {
		String summerUtc = eventAt("2027-06-10T17:30:00Z", "2027-06-10T20:00:00Z");
		assertWallClock(create(summerUtc), LocalDateTime.of(2027, 6, 10, 19, 30), LocalDateTime.of(2027, 6, 10, 22, 0));
		String winter = eventAt("2027-01-14T09:30:00+01:00", "2027-01-14T15:30:00Z");
		assertWallClock(create(winter), LocalDateTime.of(2027, 1, 14, 9, 30), LocalDateTime.of(2027, 1, 14, 16, 30));
		String foreignOffset = eventAt("2027-01-14T10:30:00+02:00", "2027-07-14T12:00:00-04:00");
		assertWallClock(create(foreignOffset), LocalDateTime.of(2027, 1, 14, 9, 30), LocalDateTime.of(2027, 7, 14, 18, 0));
		String wallClock = eventAt("2027-03-28T01:30", "2027-03-28T04:00:00");
		assertWallClock(create(wallClock), LocalDateTime.of(2027, 3, 28, 1, 30), LocalDateTime.of(2027, 3, 28, 4, 0));
		this.mvc.perform(authorised(post("/api/events"), summerUtc))
			.andExpect(jsonPath("$.startsAt").value("2027-06-10T19:30:00+02:00"))
			.andExpect(jsonPath("$.endsAt").value("2027-06-10T22:00:00+02:00"));
		this.mvc.perform(authorised(post("/api/events"), winter))
			.andExpect(jsonPath("$.startsAt").value("2027-01-14T09:30:00+01:00"))
			.andExpect(jsonPath("$.endsAt").value("2027-01-14T16:30:00+01:00"));
	}

	@Test
	void answersATimeItCannotReadWithAFieldError() throws Exception {
		this.mvc.perform(authorised(post("/api/events"), eventAt("10 juni 2027 19:30", "2027-06-10T22:00:00+02:00"))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"))
			.andExpect(jsonPath("$.errors[0].message").value("The value \"10 juni 2027 19:30\" does not have the right format."));
		String registration = event("Debat", null).replace("\"price\"",
				"\"registration\": {\"closesAt\": \"morgen\"}, \"price\"");
		this.mvc.perform(authorised(post("/api/events"), registration))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("registration.closesAt"));
		assertThat(this.eventCatalog.count()).isZero();
	}

	String eventAt(String startsAt, String endsAt) {
		return """
				{"title": "Tijd", "mode": "ONLINE", "startsAt": "%s", "endsAt": "%s"}
				""".formatted(startsAt, endsAt);
	}

	long create(String json) throws Exception {
		String location = this.mvc.perform(authorised(post("/api/events"), json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	void assertWallClock(long id, LocalDateTime startsAt, LocalDateTime endsAt) {
		Event event = this.eventCatalog.event(id).orElseThrow();
		assertThat(event.getStartsAt()).isEqualTo(startsAt);
		assertThat(event.getEndsAt()).isEqualTo(endsAt);
	}

	JsonNode withoutVersion(String body) {
		ObjectNode node = (ObjectNode) this.json.readTree(body);
		assertThat(node.remove("version")).isNotNull();
		return node;
	}

}
