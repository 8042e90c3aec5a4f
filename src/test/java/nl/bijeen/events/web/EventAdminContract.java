package nl.bijeen.events.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventSlugHistory;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisers' event pages: creating and changing events with every validation rule, on H2
 * ({@link EventAdminH2IntegrationTests}) and PostgreSQL ({@link EventAdminPostgresIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMIN")
abstract class EventAdminContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	EventSlugHistory slugHistory;

	Venue venue;

	Organisation movisie;

	Organisation trimbos;

	@BeforeEach
	void setUp() {
		this.venue = this.eventSeeds.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
		this.movisie = this.peopleSeeds.save(Organisation.create("movisie-t", "Movisie", null, null));
		this.trimbos = this.peopleSeeds.save(Organisation.create("trimbos-t", "Trimbos-instituut", null, null));
	}

	/**
	 * A valid event form posted to {@code url}, with some fields replaced: name, value, name, value...
	 */
	MockHttpServletRequestBuilder validForm(String url, String... replaced) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("title", new String[] { "Empowerment: naar een sterke sociale basis" });
		fields.put("eventType", new String[] { "CONFERENCE" });
		fields.put("attendanceMode", new String[] { "VENUE" });
		fields.put("startDate", new String[] { "2027-10-31" });
		fields.put("startTime", new String[] { "09:30" });
		fields.put("endTime", new String[] { "16:30" });
		fields.put("venueId", new String[] { this.venue.id().toString() });
		fields.put("organiserIds", new String[] { this.movisie.id().toString(), this.trimbos.id().toString() });
		fields.put("leadOrganiserId", new String[] { this.trimbos.id().toString() });
		fields.put("price", new String[] { "25,00" });
		fields.put("descriptionHtml", new String[] { "<p>Welkom</p><script>alert(1)</script>" });
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], new String[] { replaced[i + 1] });
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	Event draft(String slug) {
		Event event = Event.draft(slug, "Debat " + slug, LocalDateTime.of(2027, 3, 1, 19, 0),
				LocalDateTime.of(2027, 3, 1, 21, 0));
		event.setVenueId(this.venue.id());
		return this.eventSeeds.save(event);
	}

	@Test
	void createsADraftWithGeneratedSlugPriceInCentsAndLeadOrganiserFirst() throws Exception {
		this.mvc.perform(validForm("/admin/events"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/events/*"))
			.andExpect(flash().attribute("message", "event.created"));
		Event event = this.eventCatalog.eventWithSlug("empowerment-naar-een-sterke-sociale-basis").orElseThrow();
		assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
		assertThat(event.getPriceCents()).isEqualTo(2500);
		assertThat(event.getEndsAt()).isEqualTo(LocalDateTime.of(2027, 10, 31, 16, 30));
		assertThat(event.leadOrganiserId()).contains(this.trimbos.id());
		assertThat(event.getDescriptionHtml()).contains("Welkom").doesNotContain("script");
	}

	@Test
	void acceptsAPriceWithADecimalPoint() throws Exception {
		this.mvc.perform(validForm("/admin/events", "price", "25.50", "slug", "punt"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.eventCatalog.eventWithSlug("punt").orElseThrow().getPriceCents()).isEqualTo(2550);
	}

	@Test
	void showsTheEmptyFormWithLabelsAndGroups() throws Exception {
		this.mvc.perform(get("/admin/events/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label for=\"title\""), containsString("<legend"),
					containsString("type=\"date\""), containsString("Trimbos-instituut"),
					containsString("href=\"/admin/tokens\""))));
	}

	@Test
	void requiresATitle() throws Exception {
		this.mvc.perform(validForm("/admin/events", "title", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "title", "event.title.required"))
			.andExpect(content().string(allOf(containsString("aria-invalid=\"true\""),
					containsString("aria-describedby=\"title-error\""), containsString("Vul een titel in."))));
		assertThat(this.eventCatalog.count()).isZero();
	}

	@Test
	void refusesATitleLongerThanTheSchemaAllows() throws Exception {
		this.mvc.perform(validForm("/admin/events", "title", "x".repeat(201)))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "title", "event.title.tooLong"));
	}

	@Test
	void requiresTheEndAfterTheStart() throws Exception {
		this.mvc.perform(validForm("/admin/events", "endTime", "09:00"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "endDate", "event.endsAt.beforeStart"));
	}

	@Test
	void requiresAStartDate() throws Exception {
		this.mvc.perform(validForm("/admin/events", "startDate", ""))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "startDate", "event.startsAt.required"));
	}

	@Test
	void rejectsNegativeCapacityAndPrice() throws Exception {
		this.mvc.perform(validForm("/admin/events", "capacity", "-1", "capacityOnline", "-3", "price", "-5"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "capacity", "event.capacity.negative"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "capacityOnline", "event.capacity.negative"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "price", "event.price.negative"));
	}

	@Test
	void rejectsAPriceThatIsNoAmountAndAnInvalidNumber() throws Exception {
		this.mvc.perform(validForm("/admin/events", "price", "vijf euro", "capacity", "veel"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "price", "event.price.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "capacity", "typeMismatch"));
	}

	@Test
	void rejectsASlugWithInvalidCharacters() throws Exception {
		this.mvc.perform(validForm("/admin/events", "slug", "Mijn Congres!"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "slug", "event.slug.invalid"));
	}

	@Test
	void rejectsASlugOfAnotherEvent() throws Exception {
		draft("bezet");
		this.mvc.perform(validForm("/admin/events", "slug", "bezet"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "slug", "event.slug.taken"));
	}

	@Test
	void rejectsAFormerSlugOfAnotherEvent() throws Exception {
		Event other = draft("nieuw-adres");
		this.slugHistory.remember("oud-adres", other.getId());
		this.mvc.perform(validForm("/admin/events", "slug", "oud-adres"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "slug", "event.slug.taken"));
	}

	@Test
	void requiresRegistrationToCloseAfterItOpens() throws Exception {
		this.mvc.perform(validForm("/admin/events", "registrationOpensAt", "2027-10-01T09:00", "registrationClosesAt", "2027-09-01T09:00"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "registrationClosesAt",
					"event.registrationClosesAt.beforeOpens"));
	}

	@Test
	void requiresAnHttpOnlineUrl() throws Exception {
		this.mvc.perform(validForm("/admin/events", "onlineUrl", "javascript:alert(1)"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "onlineUrl", "event.onlineUrl.invalid"));
	}

	@Test
	void requiresAltTextForAnImage() throws Exception {
		this.mvc.perform(validForm("/admin/events", "imageUrl", "https://example.org/zaal.jpg"))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "imageAlt", "event.imageAlt.required"));
	}

	@Test
	void showsEnglishMessagesWhenAsked() throws Exception {
		this.mvc.perform(validForm("/admin/events", "title", "", "lang", "en"))
			.andExpect(content().string(containsString("Please enter a title.")));
	}

	@Test
	void keepsTheFormerSlugWhenTheSlugChangesAndRaisesTheSequence() throws Exception {
		Event event = draft("debat-2027");
		int sequence = event.getIcsSequence();
		this.mvc.perform(validForm("/admin/events/" + event.getId(), "slug", "jubileumdebat")
				.param("version", event.getVersion().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "event.updated"));
		Event changed = this.eventCatalog.event(event.getId()).orElseThrow();
		assertThat(changed.getSlug()).isEqualTo("jubileumdebat");
		assertThat(changed.getIcsSequence()).isGreaterThan(sequence);
		assertThat(this.eventCatalog.eventWithFormerSlug("debat-2027")).map(Event::getId).contains(event.getId());
	}

	@Test
	void keepsTheSlugWhenLeftEmptyOnEdit() throws Exception {
		Event event = draft("blijft");
		this.mvc.perform(validForm("/admin/events/" + event.getId(), "slug", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.eventCatalog.event(event.getId()).orElseThrow().getSlug()).isEqualTo("blijft");
	}

	@Test
	void answersAStaleVersionWithAFriendlyMessage() throws Exception {
		Event event = draft("oud");
		this.mvc.perform(validForm("/admin/events/" + event.getId(), "version", "99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("eventForm"))
			.andExpect(content().string(containsString("Iemand anders heeft dit evenement intussen gewijzigd")));
	}

	@Test
	void showsTheEditFormWithTheStoredValues() throws Exception {
		Event event = draft("bewerken");
		event.setPriceCents(1250);
		this.eventSeeds.save(event);
		this.mvc.perform(get("/admin/events/" + event.getId() + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"bewerken\""), containsString("value=\"12,50\""),
					containsString("value=\"2027-03-01\""))));
	}

	@Test
	void refusesToRemoveTheVenueOfAPublishedEvent() throws Exception {
		Event event = draft("gepubliceerd");
		event.publish();
		this.eventSeeds.save(event);
		this.mvc.perform(validForm("/admin/events/" + event.getId(), "venueId", ""))
			.andExpect(model().attributeHasFieldErrorCode("eventForm", "venueId", "event.venue.requiredForPublish"));
	}

	@Test
	void listsAndFiltersEvents() throws Exception {
		draft("een");
		Event published = draft("twee");
		published.setTitle("Jubileumdebat");
		published.publish();
		this.eventSeeds.save(published);
		this.mvc.perform(get("/admin/events").param("status", "PUBLISHED"))
			.andExpect(content().string(allOf(containsString("Jubileumdebat"), not(containsString("Debat een")))));
		this.mvc.perform(get("/admin/events").param("q", "JUBILEUM"))
			.andExpect(content().string(allOf(containsString("Jubileumdebat"), not(containsString("Debat een")))));
		this.mvc.perform(get("/admin/events"))
			.andExpect(content().string(allOf(containsString("Jubileumdebat"), containsString("Debat een"))));
	}

	@Test
	void showsTheDashboardWithUpcomingEventsAndDrafts() throws Exception {
		Event upcoming = draft("komt-eraan");
		upcoming.setStartsAt(LocalDateTime.now().plusDays(3));
		upcoming.setEndsAt(LocalDateTime.now().plusDays(3).plusHours(2));
		upcoming.setTitle("Binnenkort debat");
		upcoming.publish();
		this.eventSeeds.save(upcoming);
		draft("concept");
		this.mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Binnenkort debat"), containsString("Debat concept"),
					containsString("href=\"/admin/people\""), containsString("<caption"))));
	}

	@Test
	void showsTheEventPageWithLinksAndActions() throws Exception {
		Event event = draft("bekijken");
		Theme theme = this.eventSeeds.save(Theme.create("kwartiermaken-v", "Kwartiermaken", null));
		event.setThemeIds(java.util.List.of(theme.id()));
		this.eventSeeds.save(event);
		this.mvc.perform(get("/admin/events/" + event.getId()))
			.andExpect(content().string(containsString("Kwartiermaken")));
		this.mvc.perform(get("/admin/events/" + event.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/admin/events/" + event.getId() + "/programme"),
					containsString("/admin/events/" + event.getId() + "/registrations"),
					containsString("/admin/events/" + event.getId() + "/publish"), containsString("_csrf"))));
	}

	@Test
	void previewsADraftAsThePublicWouldSeeIt() throws Exception {
		Event event = draft("voorbeeld");
		event.setDescriptionHtml("<p>Over <strong>empowerment</strong></p><img src=x onerror=alert(1)>");
		this.eventSeeds.save(event);
		this.mvc.perform(get("/admin/events/" + event.getId() + "/preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Voorbeeld"), containsString("<strong>empowerment</strong>"),
					not(containsString("onerror")), containsString("Muntgebouw"))));
	}

	@Test
	void answersAnUnknownEventWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/events/987654")).andExpect(status().isNotFound());
	}

	@Test
	void refusesAFormWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/events").param("title", "x")).andExpect(status().isForbidden());
	}

	@Test
	void createsAHybridEventWithOnlineCapacity() throws Exception {
		this.mvc.perform(validForm("/admin/events", "slug", "hybride", "attendanceMode", "HYBRID", "onlineUrl", "https://meet.example.org/abc", "capacity", "80", "capacityOnline", "200"))
			.andExpect(status().is3xxRedirection());
		Event event = this.eventCatalog.eventWithSlug("hybride").orElseThrow();
		assertThat(event.getAttendanceMode()).isEqualTo(AttendanceMode.HYBRID);
		assertThat(event.getCapacityOnline()).isEqualTo(200);
		assertThat(event.getOnlineUrl()).isEqualTo("https://meet.example.org/abc");
	}

}
