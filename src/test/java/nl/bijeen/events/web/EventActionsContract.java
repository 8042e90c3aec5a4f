package nl.bijeen.events.web;

import java.time.LocalDateTime;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The buttons on an event's admin page, on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMIN")
abstract class EventActionsContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	Event event(AttendanceMode mode, boolean withVenue) {
		Event event = Event.draft("actie-" + System.nanoTime(), "Jubileumdebat", LocalDateTime.of(2027, 6, 10, 19, 30),
				LocalDateTime.of(2027, 6, 10, 22, 0));
		event.setAttendanceMode(mode);
		if (withVenue) {
			event.setVenueId(this.eventSeeds.save(Venue.create("Geertekerk", "Kerkplein 17", "3512 GH", "Utrecht")).id());
		}
		return this.eventSeeds.save(event);
	}

	Event reload(Event event) {
		return this.eventCatalog.event(event.getId()).orElseThrow();
	}

	String url(Event event, String action) {
		return "/admin/events/" + event.getId() + "/" + action;
	}

	@Test
	void publishesUnpublishesAndCancelsRaisingTheSequence() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(event, "publish")).with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + event.getId()))
			.andExpect(flash().attribute("message", "event.published"));
		assertThat(reload(event).getStatus()).isEqualTo(EventStatus.PUBLISHED);
		this.mvc.perform(post(url(event, "unpublish")).with(csrf()));
		assertThat(reload(event).getStatus()).isEqualTo(EventStatus.DRAFT);
		this.mvc.perform(post(url(event, "cancel")).with(csrf()));
		Event cancelled = reload(event);
		assertThat(cancelled.getStatus()).isEqualTo(EventStatus.CANCELLED);
		assertThat(cancelled.getIcsSequence()).isEqualTo(event.getIcsSequence() + 3);
	}

	@Test
	void eventScreenShowsRegistrationCounts() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/events/" + event.getId()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"count-confirmed\"")));
	}

	@Test
	void refusesToPublishAVenueEventWithoutVenue() throws Exception {
		Event event = event(AttendanceMode.HYBRID, false);
		this.mvc.perform(post(url(event, "publish")).with(csrf()))
			.andExpect(flash().attribute("error", "event.venue.requiredForPublish"));
		assertThat(reload(event).getStatus()).isEqualTo(EventStatus.DRAFT);
	}

	@Test
	void publishesAnOnlineEventWithoutVenue() throws Exception {
		Event event = event(AttendanceMode.ONLINE, false);
		this.mvc.perform(post(url(event, "publish")).with(csrf()));
		assertThat(reload(event).getStatus()).isEqualTo(EventStatus.PUBLISHED);
	}

	@Test
	void postponesToANewDateKeepingTheOriginal() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(event, "publish")).with(csrf()));
		this.mvc.perform(post(url(event, "postpone")).with(csrf())
				.param("newDate", "2027-09-16").param("newStartTime", "19:30"))
			.andExpect(flash().attribute("message", "event.postponed"));
		Event postponed = reload(event);
		assertThat(postponed.getStartsAt()).isEqualTo(LocalDateTime.of(2027, 9, 16, 19, 30));
		assertThat(postponed.getEndsAt()).isEqualTo(LocalDateTime.of(2027, 9, 16, 22, 0));
		assertThat(postponed.getPreviousStartsAt()).isEqualTo(LocalDateTime.of(2027, 6, 10, 19, 30));
	}

	@Test
	void postponesToADateNotYetKnown() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(event, "publish")).with(csrf()));
		this.mvc.perform(post(url(event, "postpone")).with(csrf()).param("dateUnknown", "true"));
		assertThat(reload(event).getStatus()).isEqualTo(EventStatus.POSTPONED);
	}

	@Test
	void asksForTheNewDateWhenPostponing() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(event, "publish")).with(csrf()));
		this.mvc.perform(post(url(event, "postpone")).with(csrf()).param("newDate", "2027-09-16"))
			.andExpect(flash().attribute("error", "event.postpone.incomplete"));
		this.mvc.perform(post(url(event, "postpone")).with(csrf())
				.param("newDate", "2027-09-16").param("newStartTime", "19:30").param("newEndTime", "18:00"))
			.andExpect(flash().attribute("error", "event.endsAt.beforeStart"));
		assertThat(reload(event).getStartsAt()).isEqualTo(LocalDateTime.of(2027, 6, 10, 19, 30));
	}

	@Test
	void duplicatesToANewDraftOnAnotherDay() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		Organisation movisie = this.peopleSeeds.save(Organisation.create("movisie-d", "Movisie", null, null));
		event.setOrganiserIds(java.util.List.of(movisie.id()));
		event.setSubtitle("Tien jaar decentralisaties");
		event.setRegistrationClosesAt(LocalDateTime.of(2027, 6, 8, 12, 0));
		event.publish();
		this.eventSeeds.save(event);
		this.mvc.perform(post(url(event, "duplicate")).with(csrf()).param("newStartDate", "2028-06-08"))
			.andExpect(redirectedUrlPattern("/admin/events/*/edit"))
			.andExpect(flash().attribute("message", "event.duplicated"));
		Event copy = this.eventCatalog.eventWithSlug("jubileumdebat-2028-06-08").orElseThrow();
		assertThat(copy.getStatus()).isEqualTo(EventStatus.DRAFT);
		assertThat(copy.getStartsAt()).isEqualTo(LocalDateTime.of(2028, 6, 8, 19, 30));
		assertThat(copy.getSubtitle()).isEqualTo("Tien jaar decentralisaties");
		assertThat(copy.leadOrganiserId()).contains(movisie.id());
		assertThat(copy.getRegistrationClosesAt()).isEqualTo(LocalDateTime.of(2028, 6, 6, 12, 0));
	}

	@Test
	void deletesADraftButNotAPublishedEvent() throws Exception {
		Event draft = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(draft, "delete")).with(csrf())).andExpect(redirectedUrl("/admin/events"));
		assertThat(this.eventCatalog.event(draft.getId()).isPresent()).isFalse();
		Event published = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(published, "publish")).with(csrf()));
		this.mvc.perform(post(url(published, "delete")).with(csrf()))
			.andExpect(flash().attribute("error", "event.delete.notDraft"));
		assertThat(this.eventCatalog.event(published.getId()).isPresent()).isTrue();
	}

	@Test
	@WithMockUser(roles = {})
	void needsTheOrganiserRole() throws Exception {
		Event event = event(AttendanceMode.VENUE, true);
		this.mvc.perform(post(url(event, "publish")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void showsAFriendly404ForAnUnknownEvent() throws Exception {
		this.mvc.perform(post("/admin/events/424242/publish").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/events/424242/preview")).andExpect(status().isNotFound());
	}

}
