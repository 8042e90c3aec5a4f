package nl.bijeen.api;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public event API shows the places left per event and per session as they are at that moment,
 * counted from the registrations, on H2 and PostgreSQL.
 */
abstract class EventPlacesContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Test
	void showsThePlacesLeftOfTheEventAndEachSessionAfterEveryRegistration() throws Exception {
		Conference c = this.fixtures.conference(3, 1, 5, null);
		String url = "/api/events/" + c.event().getSlug();
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.placesLeft.venue").value(3))
			.andExpect(jsonPath("$.placesLeft.online").doesNotExist())
			.andExpect(jsonPath("$.placesLeft.full").value(false))
			.andExpect(jsonPath("$.programme[0].sessions[0].placesLeft").value(1))
			.andExpect(jsonPath("$.programme[0].sessions[0].full").value(false))
			.andExpect(jsonPath("$.programme[0].sessions[1].placesLeft").value(5))
			.andExpect(jsonPath("$.programme[0].sessions[2].placesLeft").doesNotExist())
			.andExpect(jsonPath("$.programme[0].sessions[2].full").value(false));

		this.registrations.register(RegistrationFixtures.request(c, "een@example.org", c.session(0), null, null));
		this.mvc.perform(get(url))
			.andExpect(jsonPath("$.placesLeft.venue").value(2))
			.andExpect(jsonPath("$.programme[0].sessions[0].placesLeft").value(0))
			.andExpect(jsonPath("$.programme[0].sessions[0].full").value(true));

		this.registrations.register(RegistrationFixtures.request(c, "twee@example.org", c.session(1), null, null));
		this.registrations.register(RegistrationFixtures.request(c, "drie@example.org", c.session(1), null, null));
		this.mvc.perform(get(url))
			.andExpect(jsonPath("$.placesLeft.venue").value(0))
			.andExpect(jsonPath("$.placesLeft.full").value(true))
			.andExpect(jsonPath("$.programme[0].sessions[1].placesLeft").value(3));
	}

	@Test
	void showsBothWaysOfAttendingOfAHybridEvent() throws Exception {
		Conference c = this.fixtures.conferenceWith(AttendanceMode.HYBRID, 10, 2);
		this.mvc.perform(get("/api/events/" + c.event().getId()))
			.andExpect(jsonPath("$.placesLeft.venue").value(10))
			.andExpect(jsonPath("$.placesLeft.online").value(2));
	}

}
