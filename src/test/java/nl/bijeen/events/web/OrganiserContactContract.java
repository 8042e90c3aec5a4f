package nl.bijeen.events.web;

import java.time.LocalDateTime;

import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organiser sets who mails come from (an organisation's sender name and reply-to address) and whom
 * participants can contact about an event (admin forms with field errors in Dutch and English, and the write
 * API), on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMIN")
abstract class OrganiserContactContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleDirectory peopleDirectory;

	@Autowired
	ApiTokenService tokens;

	Venue venue;

	@BeforeEach
	void setUp() {
		this.venue = this.eventSeeds.save(Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht"));
	}

	@Test
	void anOrganisationGetsASenderNameAndAReplyToAddress() throws Exception {
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("name", "Movisie").param("slug", "movisie-afz")
				.param("mailSenderName", "Movisie Evenementen").param("replyTo", "evenementen@movisie.example"))
			.andExpect(status().is3xxRedirection());
		Organisation saved = this.peopleDirectory.organisationBySlug("movisie-afz").orElseThrow();
		assertThat(saved.mailSenderName()).isEqualTo("Movisie Evenementen");
		assertThat(saved.replyTo()).isEqualTo("evenementen@movisie.example");
		assertThat(saved.mailSender()).isEqualTo("Movisie Evenementen");
		this.mvc.perform(get("/admin/organisations/" + saved.id() + "/edit"))
			.andExpect(content().string(containsString("value=\"evenementen@movisie.example\"")));
	}

	@Test
	void aBadSenderNameOrReplyToAddressIsAFieldError() throws Exception {
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("name", "Trimbos").param("slug", "trimbos-afz")
				.param("mailSenderName", "Trimbos\r\nBcc: iedereen@example.org").param("replyTo", "geen adres"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De naam van de afzender moet op één regel")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")));
		this.mvc.perform(post("/admin/organisations").with(csrf()).param("lang", "en").param("name", "Trimbos")
				.param("slug", "trimbos-afz").param("replyTo", "@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid email address")));
		assertThat(this.peopleDirectory.organisationBySlug("trimbos-afz")).isEmpty();
	}

	@Test
	void anEventGetsAContactThroughTheFormShownOnItsPage() throws Exception {
		this.mvc.perform(post("/admin/events").with(csrf()).param("title", "Debat over de sociale basis")
				.param("slug", "debat-contact").param("eventType", "DEBATE").param("attendanceMode", "VENUE")
				.param("startDate", "2027-10-31").param("startTime", "19:30").param("endTime", "21:30")
				.param("venueId", this.venue.id().toString()).param("contactName", "Fatima el Amrani")
				.param("contactEmail", "fatima@example.org").param("contactPhone", "+31 30 123 45 67"))
			.andExpect(status().is3xxRedirection());
		Event event = this.eventCatalog.eventWithSlug("debat-contact").orElseThrow();
		assertThat(event.getContactName()).isEqualTo("Fatima el Amrani");
		assertThat(event.getContactEmail()).isEqualTo("fatima@example.org");
		assertThat(event.getContactPhone()).isEqualTo("+31 30 123 45 67");
		this.mvc.perform(get("/admin/events/" + event.getId() + "/edit"))
			.andExpect(content().string(containsString("value=\"fatima@example.org\"")));
		event.publish();
		this.eventSeeds.save(event);
		this.mvc.perform(get("/evenementen/debat-contact"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatima el Amrani")))
			.andExpect(content().string(containsString("href=\"tel:+31301234567\"")));
	}

	@Test
	void aBadContactIsAFieldErrorInTheFormAndA400InTheApi() throws Exception {
		this.mvc.perform(post("/admin/events").with(csrf()).param("title", "Debat").param("slug", "debat-fout")
				.param("startDate", "2027-10-31").param("startTime", "19:30").param("endTime", "21:30")
				.param("contactEmail", "fatima at example.org").param("contactPhone", "bel maar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contactEmail-error\"")))
			.andExpect(content().string(containsString("id=\"contactPhone-error\"")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")));
		assertThat(this.eventCatalog.eventWithSlug("debat-fout")).isEmpty();

		String token = this.tokens.issue("admin", "tests");
		String json = """
				{"title": "Debat via de API", "slug": "debat-api", "type": "DEBATE", "mode": "VENUE",
				 "startsAt": "2027-06-10T19:30:00+02:00", "endsAt": "2027-06-10T22:00:00+02:00", "venue": {"id": %d},
				 "contact": {"name": "Sanne de Boer", "email": "%s", "phone": "030 123 45 67"}}""";
		this.mvc.perform(post("/api/events").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content(json.formatted(this.venue.id(), "geen-adres")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("contact.email")));
		this.mvc.perform(post("/api/events").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content(json.formatted(this.venue.id(), "sanne@example.org")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contact.name").value("Sanne de Boer"))
			.andExpect(jsonPath("$.contact.email").value("sanne@example.org"));
		Event created = this.eventCatalog.eventWithSlug("debat-api").orElseThrow();
		assertThat(created.getContactName()).isEqualTo("Sanne de Boer");
		assertThat(created.getContactEmail()).isEqualTo("sanne@example.org");
	}

	@Test
	void aCopiedEventKeepsItsContact() {
		Event event = Event.draft("kopie-contact", "Debat", LocalDateTime.of(2027, 3, 1, 19, 0),
				LocalDateTime.of(2027, 3, 1, 21, 0));
		event.setContactEmail("info@example.org");
		assertThat(event.duplicate("kopie-contact-2", LocalDateTime.of(2028, 3, 1, 19, 0)).getContactEmail())
			.isEqualTo("info@example.org");
	}

}
