package nl.bijeen.rights;

import java.time.LocalDateTime;
import java.util.EnumSet;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules behind the matrix: which events each role sees in lists, check-in only on the event's days, giving
 * and taking rights (each change announced so sessions end), disabled accounts, organisation tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Transactional
abstract class RightsContract {

	@Autowired
	Rights rights;

	@Autowired
	Memberships memberships;

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents published;

	RightsFixture f;

	@BeforeEach
	void fixture() {
		this.f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void as(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

	@Test
	void eachRoleSeesTheEventsItMayManage() {
		as(this.f.adminA().username(), "ORGANISER");
		EventScope adminA = this.rights.visibleEvents();
		assertThat(adminA.contains(this.f.eventA())).isTrue();
		assertThat(adminA.contains(this.f.eventCoOrganised())).as("co-organised").isTrue();
		assertThat(adminA.contains(this.f.eventB())).isFalse();

		as(this.f.managerA().username(), "ORGANISER");
		assertThat(this.rights.visibleEvents().eventIds()).containsExactly(this.f.eventA());

		as(this.f.editorA().username(), "ORGANISER");
		assertThat(this.rights.visibleEvents().eventIds()).isEmpty();
		assertThat(this.rights.may(Need.CONTENT, null)).isTrue();
		assertThat(this.rights.may(Need.EVENTS, null)).isFalse();

		as(this.f.volunteerA().username(), "ORGANISER");
		assertThat(this.rights.visibleEvents().eventIds()).isEmpty();
		assertThat(this.rights.may(Need.EVENT, this.f.eventA())).isFalse();

		as("admin", "ADMIN");
		assertThat(this.rights.visibleEvents().all()).isTrue();
	}

	@Test
	void aVolunteerChecksInOnlyAtTheirEventAndOnlyOnItsDays() {
		as(this.f.volunteerA().username(), "ORGANISER");
		assertThat(this.rights.may(Need.CHECK_IN, this.f.eventA())).as("today, their event").isTrue();
		assertThat(this.rights.may(Need.CHECK_IN, this.f.eventB())).isFalse();

		this.memberships.grant(this.f.volunteerA().accountId(), this.f.eventCoOrganised(), Role.CHECK_IN_VOLUNTEER);
		SecurityContextHolder.clearContext();
		as(this.f.volunteerA().username(), "ORGANISER");
		assertThat(this.rights.may(Need.CHECK_IN, this.f.eventCoOrganised())).as("in five days").isFalse();
		assertThat(this.rights.may(Need.CHECK_IN, this.f.eventA())).as("one event at a time").isFalse();
		assertThat(this.memberships.of(this.f.volunteerA().accountId()).orElseThrow().grants()).hasSize(1);

		as(this.f.managerA().username(), "ORGANISER");
		assertThat(this.rights.may(Need.CHECK_IN, this.f.eventA())).as("managers check in too").isTrue();
	}

	@Test
	void everyChangeOfRightsIsAnnouncedSoSessionsEnd() throws Exception {
		long manager = this.f.managerA().accountId();
		this.published.clear();
		this.mvc.perform(post("/admin/accounts/" + manager + "/grants").param("eventId", String.valueOf(this.f.eventCoOrganised()))
			.with(csrf()).with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/accounts/" + manager + "/role").param("role", "EDITOR")
			.with(csrf()).with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/accounts/" + manager + "/enabled").param("enabled", "false")
			.with(csrf()).with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.published.stream(AccountRightsChanged.class).map(AccountRightsChanged::accountId))
			.containsExactly(manager, manager, manager);
		Membership now = this.memberships.of(manager).orElseThrow();
		assertThat(now.role()).isEqualTo(Role.EDITOR);
		assertThat(now.organisationId()).isEqualTo(this.f.organisationA());
		assertThat(now.grants()).as("an editor has no events").isEmpty();
		assertThat(this.rights.ofAccount(manager).orElseThrow().signedIn()).as("disabled: nobody").isFalse();
	}

	@Test
	void anAdministratorCannotGiveAForeignEventNorPlaceAnAccountInAnotherOrganisation() throws Exception {
		long manager = this.f.managerA().accountId();
		this.mvc.perform(post("/admin/accounts/" + manager + "/grants").param("eventId", String.valueOf(this.f.eventB()))
			.with(csrf()).with(user(this.f.adminA().username()).roles("ORGANISER")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/accounts/" + manager + "/role").param("role", "ORGANISATION_ADMIN")
			.param("organisationId", String.valueOf(this.f.organisationB()))
			.with(csrf()).with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().is3xxRedirection());
		Membership now = this.memberships.of(manager).orElseThrow();
		assertThat(now.organisationId()).as("stays in A").isEqualTo(this.f.organisationA());
		assertThat(now.grants()).noneMatch(g -> g.eventId() == this.f.eventB());
		assertThatThrownBy(() -> this.memberships.grant(this.f.editorA().accountId(), this.f.eventA(), Role.EVENT_MANAGER))
			.as("an editor is given no events").isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void listsShowOnlyWhatTheAccountMaySee() throws Exception {
		this.mvc.perform(get("/admin/events").with(user(this.f.managerA().username()).roles("ORGANISER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Evenement van A")))
			.andExpect(content().string(not(containsString("Evenement van B"))))
			.andExpect(content().string(not(containsString("Samen met A"))));
		this.mvc.perform(get("/admin/accounts").with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.f.managerA().username())))
			.andExpect(content().string(not(containsString(this.f.adminB().username()))));
		this.tokens.issue(this.f.adminB().username(), "Sleutel van B");
		this.tokens.issue(this.f.adminA().username(), "Sleutel van A");
		this.mvc.perform(get("/admin/tokens").with(user(this.f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sleutel van A")))
			.andExpect(content().string(not(containsString("Sleutel van B"))));
	}

	@Test
	void aTokenActsForItsOrganisationWithinItsScopesUntilItExpires() throws Exception {
		String expired = this.tokens.issue(this.f.adminA().username(), "verlopen", EnumSet.allOf(Scope.class),
				LocalDateTime.now().minusMinutes(1));
		assertThat(this.tokens.authenticate(expired)).isEmpty();
		String registrations = this.tokens.issue(this.f.adminA().username(), "aanmeldingen",
				EnumSet.of(Scope.REGISTRATIONS), LocalDateTime.now().plusDays(1));
		ApiClient client = this.tokens.authenticate(registrations).orElseThrow();
		assertThat(client.organisationId()).isEqualTo(this.f.organisationA());
		this.mvc.perform(get("/api/events/" + this.f.eventA() + "/registrations")
			.header("Authorization", "Bearer " + registrations))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/events/" + this.f.eventB() + "/registrations")
			.header("Authorization", "Bearer " + registrations))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/events/" + this.f.eventA() + "/publish")
			.header("Authorization", "Bearer " + registrations))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/events/" + this.f.eventA() + "/registrations")
			.header("Authorization", "Bearer " + expired))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anEventCreatedWithAnOrganisationsTokenStaysInThatOrganisationsHands() throws Exception {
		String write = this.tokens.issue(this.f.adminA().username(), "schrijven", EnumSet.allOf(Scope.class),
				LocalDateTime.now().plusDays(1));
		String json = """
				{"title": "Door de sleutel van A", "startsAt": "2027-03-01T10:00:00+01:00",
				 "endsAt": "2027-03-01T16:00:00+01:00", "organisers": [{"id": %d}]}
				""".formatted(this.f.organisationB());
		// B stays the lead it was given; A organises too, so its token can go on managing the event.
		this.mvc.perform(post("/api/events").contentType("application/json").content(json)
			.header("Authorization", "Bearer " + write))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisers[*].id").value(org.hamcrest.Matchers.contains(
					(int) this.f.organisationB(), (int) this.f.organisationA())));
	}

}
