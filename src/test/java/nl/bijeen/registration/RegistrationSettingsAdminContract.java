package nl.bijeen.registration;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisers edit registration settings and questions; the form then asks them. H2 and PostgreSQL.
 */
@WithMockUser(roles = "ADMIN")
abstract class RegistrationSettingsAdminContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	nl.bijeen.registration.internal.RegistrationService registrations;

	@Autowired
	nl.bijeen.registration.internal.Registrations rows;

	@Test
	void anUnknownEventGivesTheOrganisersNotFoundPage() throws Exception {
		for (String page : new String[] { "registration-settings", "approvals" }) {
			this.mvc.perform(get("/admin/events/987654/" + page))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("<h1>Niet gevonden</h1>"),
						containsString("class=\"admin-nav\""), containsString("class=\"breadcrumbs\""))));
		}
	}

	@Test
	void organisersSetTheRulesAndQuestionsAndTheFormFollows() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		String url = "/admin/events/" + c.event().getId() + "/registration-settings";
		this.mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString("Aanmeldinstellingen")));
		this.mvc.perform(post(url).with(csrf())
				.param("secondChoiceEnabled", "true").param("_waitingListEnabled", "on")
				.param("accredited", "true").param("accreditationPoints", "4").param("registers", "SKJ")
				.param("reminderDays", "3").param("onlineLinkMinutesBefore", "30"))
			.andExpect(status().is3xxRedirection());
		var saved = this.settings.of(c.event().getId());
		assertThat(saved.secondChoiceEnabled()).isTrue();
		assertThat(saved.waitingListEnabled()).isFalse();
		assertThat(saved.registers()).containsExactly("SKJ");
		this.mvc.perform(post(url + "/questions").with(csrf())
				.param("kind", "SINGLE_CHOICE").param("text", "Lunch?").param("options", "Vegetarisch\nVegan").param("required", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.questions.findByEventIdOrderByPositionAscIdAsc(c.event().getId())).hasSize(1);
		this.mvc.perform(get("/evenementen/" + c.event().getSlug() + "/aanmelden"))
			.andExpect(content().string(allOf(containsString("Lunch?"), containsString("Vegan"),
					containsString("Tweede keuze"), containsString("SKJ"), containsString("4 punten"))));
		this.mvc.perform(post("/evenementen/" + c.event().getSlug() + "/aanmelden").with(csrf())
				.with(RegistrationPagesContract.client())
				.param("name", "Anna").param("email", "anna@example.org").param("consent", "true")
				.param("choices[" + c.round().id() + "]", c.session(0).toString())
				.param("registerName", "SKJ").param("registrationNumber", "12 34"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Beantwoord deze vraag"),
					containsString("alleen uit letters, cijfers en streepjes"))));
	}

	@Test
	void organisersApproveAndRejectRegistrationsAwaitingApproval() throws Exception {
		Conference c = this.fixtures.conference(100);
		this.settings.save(new nl.bijeen.registration.internal.RegistrationSettings(c.event().getId(), true, false,
				true, null, false, null, null, 2, 60, null));
		var anna = this.registrations.register(RegistrationFixtures.request(c, "anna.goed@example.org", null, null, null));
		var bram = this.registrations.register(RegistrationFixtures.request(c, "bram.af@example.org", null, null, null));
		String url = "/admin/events/" + c.event().getId() + "/approvals";
		this.mvc.perform(get(url)).andExpect(content().string(allOf(containsString("anna.goed@example.org"),
				containsString("bram.af@example.org"))));
		this.mvc.perform(post(url + "/" + anna.registrationId() + "/approve").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(url + "/" + bram.registrationId() + "/reject").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(url + "/" + bram.registrationId() + "/reject").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.rows.findById(anna.registrationId()).orElseThrow().status().name()).isEqualTo("CONFIRMED");
		assertThat(this.rows.findById(bram.registrationId()).orElseThrow().status().name()).isEqualTo("REJECTED");
		this.mvc.perform(get(url)).andExpect(content().string(containsString("Er wachten geen aanmeldingen")));
	}

	@Test
	void badSettingsGiveFieldMessages() throws Exception {
		Conference c = this.fixtures.conference(100);
		String url = "/admin/events/" + c.event().getId() + "/registration-settings";
		this.mvc.perform(post(url).with(csrf()).param("offerHours", "0").param("reminderDays", "abc")
				.param("onlineLinkMinutesBefore", "60"))
			.andExpect(content().string(allOf(containsString("Vul een getal in van 1 tot en met 720"),
					containsString("Vul een heel getal in"))));
		this.mvc.perform(post(url + "/questions").with(csrf()).param("kind", "MULTIPLE_CHOICE").param("text", "Welke?"))
			.andExpect(content().string(containsString("minstens twee antwoordmogelijkheden")));
		assertThat(this.settings.findById(c.event().getId())).isEmpty();
	}

}
