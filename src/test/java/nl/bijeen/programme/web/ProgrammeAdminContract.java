package nl.bijeen.programme.web;

import java.time.LocalDateTime;
import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.PartDetails;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammeEditor;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.programme.SessionDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages of the programme, on H2 ({@link ProgrammeAdminH2IntegrationTests}) and PostgreSQL
 * ({@link ProgrammeAdminPostgresIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ProgrammeAdminContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeRows contributions;

	@Autowired
	ProgrammeEditor editor;

	Event event;

	String base;

	@BeforeEach
	void event() {
		Event event = Event.draft("programma-" + UUID.randomUUID(), "Empowerment", at(9, 0), at(17, 0));
		event.setCapacity(100);
		this.event = this.eventSeeds.save(event);
		this.base = "/admin/events/" + this.event.getId() + "/programme";
	}

	static LocalDateTime at(int hour, int minute) {
		return LocalDateTime.of(2027, 10, 12, hour, minute);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get(this.base).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(this.base + "/parts").with(csrf()).param("title", "Opening").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		assertThat(this.contributions.partsOf(this.event.getId())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsAnEmptyProgrammeWithALinkBackToTheEvent() throws Exception {
		this.mvc.perform(get(this.base))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Programma van Empowerment"),
					containsString("Er staat nog niets in het programma"),
					containsString("href=\"/admin/events/" + this.event.getId() + "\""))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void addsAProgrammePart() throws Exception {
		this.mvc.perform(get(this.base + "/parts/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"_csrf\""), containsString("<legend"),
					containsString("for=\"startsAt\""))));
		MvcResult result = this.mvc
			.perform(partForm(post(this.base + "/parts"), "OPENING", "Opening", "09:30", "10:00")
				.param("location", "Grote zaal"))
			.andExpect(redirectedUrl(this.base))
			.andReturn();
		ProgrammePart part = this.contributions.partsOf(this.event.getId()).get(0);
		assertThat(part.startsAt()).isEqualTo(at(9, 30));
		assertThat(part.location()).isEqualTo("Grote zaal");
		this.mvc.perform(get(this.base).cookie(result.getResponse().getCookies()))
			.andExpect(content().string(allOf(containsString("‘Opening’ is aan het programma toegevoegd."),
					containsString("09:30–10:00"), containsString("Grote zaal"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsAnEndBeforeTheStartAtTheEndTime() throws Exception {
		this.mvc.perform(partForm(post(this.base + "/parts"), "OPENING", "Opening", "10:00", "09:30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("partForm", "endsAt", "programme.part.endBeforeStart"))
			.andExpect(content().string(allOf(containsString("id=\"endsAt-error\""),
					containsString("De eindtijd moet na de begintijd (10:00) liggen."),
					containsString("aria-describedby=\"endsAt-error\""), containsString("aria-invalid=\"true\""),
					containsString("href=\"#endsAt\""))));
		assertThat(this.contributions.partsOf(this.event.getId())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsAPartOutsideTheEventAtItsTimes() throws Exception {
		this.mvc.perform(partForm(post(this.base + "/parts"), "DRINKS", "Borrel", "16:30", "18:00"))
			.andExpect(model().attributeHasFieldErrorCode("partForm", "endsAt", "programme.part.afterEvent"))
			.andExpect(content().string(containsString("nadat de bijeenkomst is afgelopen (12-10-2027 17:00)")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void namesTheClashingPartWhenPlenaryPartsOverlap() throws Exception {
		this.editor.addPart(this.event.getId(), new PartDetails(PartKind.DEBATE, "Debat over de sociale basis", null,
				at(10, 0), at(11, 0), null));
		this.mvc.perform(partForm(post(this.base + "/parts"), "ROUND", "Ronde 1", "10:30", "11:30"))
			.andExpect(model().attributeHasFieldErrorCode("partForm", "startsAt", "programme.part.roundOverlapsPlenary"))
			.andExpect(content().string(containsString("‘Debat over de sociale basis’ (10:00–11:00)")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsMissingAndUnreadableInputAtTheFields() throws Exception {
		this.mvc.perform(partForm(post(this.base + "/parts"), "OPENING", "", "09:30", "10:00"))
			.andExpect(model().attributeHasFieldErrorCode("partForm", "title", "programme.required"))
			.andExpect(content().string(containsString("Vul dit veld in.")));
		this.mvc.perform(partForm(post(this.base + "/parts"), "OPENING", "x".repeat(201), "09:30", "10:00"))
			.andExpect(model().attributeHasFieldErrorCode("partForm", "title", "programme.tooLong"))
			.andExpect(content().string(containsString("maximaal 200 tekens")));
		this.mvc.perform(partForm(post(this.base + "/parts"), "OPENING", "Opening", "half tien", "10:00"))
			.andExpect(model().attributeHasFieldErrors("partForm", "startsAt"))
			.andExpect(content().string(containsString("Vul een tijd in als uu:mm")));
		assertThat(this.contributions.partsOf(this.event.getId())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void editsAPart() throws Exception {
		ProgrammePart part = this.editor.addPart(this.event.getId(),
				new PartDetails(PartKind.OPENING, "Opening", null, at(9, 30), at(10, 0), null));
		this.mvc.perform(get(this.base + "/parts/" + part.id() + "/edit"))
			.andExpect(content().string(allOf(containsString("value=\"09:30\""), containsString("value=\"Opening\""))));
		this.mvc.perform(partForm(post(this.base + "/parts/" + part.id()), "OPENING", "Welkom", "09:15", "10:00")
			.param("version", String.valueOf(part.version()))).andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.part(part.id()).orElseThrow().title()).isEqualTo("Welkom");
		this.mvc.perform(partForm(post(this.base + "/parts/" + part.id()), "OPENING", "Oud", "09:15", "10:00")
			.param("version", String.valueOf(part.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")));
		assertThat(this.contributions.part(part.id()).orElseThrow().title()).isEqualTo("Welkom");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void addsARoundWithSessionsAndShowsRoomClashesAtTheRoom() throws Exception {
		ProgrammePart round = round();
		String sessions = this.base + "/parts/" + round.id() + "/sessions";
		this.mvc.perform(get(sessions + "/new")).andExpect(status().isOk());
		this.mvc.perform(sessionForm(sessions, "Kwartiermaken", "Zaal 1", "20")).andExpect(redirectedUrl(this.base));
		this.mvc.perform(sessionForm(sessions, "Buurtkracht", "Zaal 1", "20"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "room", "programme.session.roomTaken"))
			.andExpect(content().string(allOf(containsString("id=\"room-error\""),
					containsString("al in gebruik door ‘Kwartiermaken’ (Ronde 1, 11:00–12:00)"))));
		this.mvc.perform(sessionForm(sessions, "Buurtkracht", "Zaal 2", "-3"))
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "capacity", "programme.session.capacityNegative"));
		this.mvc.perform(sessionForm(sessions, "Buurtkracht", "Zaal 2", "veel"))
			.andExpect(model().attributeHasFieldErrors("sessionForm", "capacity"))
			.andExpect(content().string(containsString("Vul een heel getal in")));
		assertThat(this.contributions.sessionsOfPart(round.id())).extracting(Session::title)
			.containsExactly("Kwartiermaken");
		this.mvc.perform(get(this.base))
			.andExpect(content().string(allOf(containsString("Kwartiermaken"), containsString("20 plaatsen."),
					containsString("hx-get=\"/admin/events/" + this.event.getId() + "/programme/parts/" + round.id()
							+ "/sessions/new\""),
					containsString("id=\"slot-part-" + round.id() + "\""))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void warnsAboutASessionLargerThanTheEventButSavesIt() throws Exception {
		ProgrammePart round = round();
		MvcResult result = this.mvc.perform(sessionForm(this.base + "/parts/" + round.id() + "/sessions", "Groot", null, "150"))
			.andExpect(redirectedUrl(this.base))
			.andReturn();
		this.mvc.perform(get(this.base).cookie(result.getResponse().getCookies()))
			.andExpect(content().string(allOf(containsString("Let op:"),
					containsString("deze workshop heeft 150 plaatsen, meer dan de hele bijeenkomst (100)"))));
		assertThat(this.contributions.sessionsOfPart(round.id())).hasSize(1);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aSessionCannotBeAddedToAPlenaryPart() throws Exception {
		ProgrammePart debate = this.editor.addPart(this.event.getId(),
				new PartDetails(PartKind.DEBATE, "Debat", null, at(10, 0), at(11, 0), null));
		this.mvc.perform(sessionForm(this.base + "/parts/" + debate.id() + "/sessions", "Workshop", null, null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("sessionForm"))
			.andExpect(content().string(containsString("‘Debat’ is geen ronde")));
		assertThat(this.contributions.sessionsOfPart(debate.id())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void assignsPeopleInRolesAndRejectsTheSameRoleTwice() throws Exception {
		Person chair = this.peopleSeeds.save(Person.create("p-" + UUID.randomUUID(), "Tanja Bubic", "Dagvoorzitter", null, null, null));
		this.mvc.perform(get(this.base + "/contributions/new"))
			.andExpect(content().string(allOf(containsString("Tanja Bubic"), containsString("value=\"DAY_CHAIR\" selected"))));
		this.mvc.perform(post(this.base + "/contributions").with(csrf())
			.param("personId", chair.id().toString())
			.param("role", "DAY_CHAIR")).andExpect(redirectedUrl(this.base));
		this.mvc.perform(post(this.base + "/contributions").with(csrf())
			.param("personId", chair.id().toString())
			.param("role", "DAY_CHAIR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contributionForm", "personId", "programme.contribution.duplicate"))
			.andExpect(content().string(containsString("Tanja Bubic heeft deze rol hier al.")));
		this.mvc.perform(post(this.base + "/contributions").with(csrf()).param("role", "SPEAKER"))
			.andExpect(model().attributeHasFieldErrorCode("contributionForm", "personId", "programme.required"));
		var stored = this.contributions.contributionsOf(this.event.getId());
		assertThat(stored).hasSize(1);
		this.mvc.perform(get(this.base))
			.andExpect(content().string(allOf(containsString("Tanja Bubic"), containsString("Dagvoorzitter"))));
		this.mvc.perform(post(this.base + "/contributions/" + stored.get(0).id() + "/delete").with(csrf()))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.contributionsOf(this.event.getId())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void assignsASessionLeader() throws Exception {
		Person leader = this.peopleSeeds.save(Person.create("p-" + UUID.randomUUID(), "Doortje Kal", null, null, null, null));
		Session session = this.editor.addSession(this.event.getId(), round().id(),
				new SessionDetails("Kwartiermaken", null, null, null, null)).value();
		this.mvc.perform(get(this.base + "/contributions/new").param("session", session.id().toString()))
			.andExpect(content().string(allOf(containsString("Voor de workshop ‘Kwartiermaken’"),
					containsString("value=\"SESSION_LEADER\" selected"))));
		this.mvc.perform(post(this.base + "/contributions").with(csrf())
			.param("personId", leader.id().toString())
			.param("role", "SESSION_LEADER")
			.param("sessionId", session.id().toString())).andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.contributionsOf(this.event.getId()))
			.singleElement()
			.satisfies(c -> assertThat(c.sessionId()).isEqualTo(session.id()));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void deletesAfterConfirmation() throws Exception {
		ProgrammePart round = round();
		Session kept = this.editor.addSession(this.event.getId(), round.id(),
				new SessionDetails("Blijft", null, null, null, null)).value();
		Session gone = this.editor.addSession(this.event.getId(), round.id(),
				new SessionDetails("Weg", null, null, null, null)).value();
		// Nobody chose it: nothing to decide about people.
		this.mvc.perform(get(this.base + "/sessions/" + gone.id() + "/delete"))
			.andExpect(content().string(allOf(containsString("Ja, verwijderen"),
					org.hamcrest.Matchers.not(containsString("Wat gebeurt er met deze deelnemers?")))));
		this.mvc.perform(post(this.base + "/sessions/" + gone.id() + "/delete").with(csrf()))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.sessionsOfPart(round.id())).containsExactly(kept);
		this.mvc.perform(get(this.base + "/parts/" + round.id() + "/delete"))
			.andExpect(content().string(containsString("Ja, verwijderen")));
		this.mvc.perform(post(this.base + "/parts/" + round.id() + "/delete").with(csrf()))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.part(round.id()).isPresent()).isFalse();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesChangesWithoutCsrfTokenAndUnknownParts() throws Exception {
		this.mvc.perform(post(this.base + "/parts").param("kind", "OPENING").param("title", "Opening"))
			.andExpect(status().isForbidden());
		Event other = this.eventSeeds.save(Event.draft("ander-" + UUID.randomUUID(), "Ander", at(9, 0), at(17, 0)));
		ProgrammePart part = round();
		this.mvc.perform(get("/admin/events/" + other.getId() + "/programme/parts/" + part.id() + "/edit"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/events/-1/programme")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void offersEveryDayOfAMultiDayEventAndFlagsPartsOutsideTheEvent() throws Exception {
		this.editor.addPart(this.event.getId(),
				new PartDetails(PartKind.CLOSING, "Afsluiting", null, at(16, 0), at(17, 0), null));
		this.event.setEndsAt(at(17, 0).plusDays(1));
		this.event.setStartsAt(at(10, 0).plusDays(1));
		this.eventSeeds.save(this.event);
		this.mvc.perform(get(this.base + "/parts/new"))
			.andExpect(content().string(allOf(containsString("value=\"2027-10-13\""),
					containsString("woensdag 13 oktober 2027"), not(containsString("value=\"2027-10-12\"")))));
		this.mvc.perform(get(this.base))
			.andExpect(content().string(containsString("valt buiten de tijden van de bijeenkomst")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void reordersThePanel() throws Exception {
		ProgrammePart debate = this.editor.addPart(this.event.getId(),
				new PartDetails(PartKind.DEBATE, "Debat", null, at(10, 0), at(11, 0), null));
		for (String name : new String[] { "Eerste", "Tweede" }) {
			Person person = this.peopleSeeds.save(Person.create("p-" + UUID.randomUUID(), name, null, null, null, null));
			this.mvc.perform(post(this.base + "/contributions").with(csrf())
				.param("personId", person.id().toString())
				.param("role", "PANEL_MEMBER")
				.param("partId", debate.id().toString())).andExpect(redirectedUrl(this.base));
		}
		var panel = this.contributions.contributionsOf(this.event.getId());
		this.mvc.perform(post(this.base + "/contributions/" + panel.get(1).id() + "/move").param("direction", "-1")
			.with(csrf())).andExpect(redirectedUrl(this.base));
		assertThat(this.contributions.contributionsOf(this.event.getId()))
			.extracting(c -> c.id())
			.containsExactly(panel.get(1).id(), panel.get(0).id());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void speaksEnglishOnRequest() throws Exception {
		this.mvc.perform(partForm(post(this.base + "/parts").param("lang", "en"), "OPENING", "Opening", "10:00", "09:30"))
			.andExpect(content().string(allOf(containsString("The end time must be after the start time (10:00)."),
					not(containsString("De eindtijd")))));
	}

	private ProgrammePart round() {
		return this.editor.addPart(this.event.getId(),
				new PartDetails(PartKind.ROUND, "Ronde 1", null, at(11, 0), at(12, 0), null));
	}

	private MockHttpServletRequestBuilder partForm(MockHttpServletRequestBuilder request, String kind, String title,
			String startsAt, String endsAt) {
		return request.with(csrf())
			.param("kind", kind)
			.param("title", title)
			.param("day", "2027-10-12")
			.param("startsAt", startsAt)
			.param("endsAt", endsAt);
	}

	private MockHttpServletRequestBuilder sessionForm(String url, String title, String room, String capacity) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).param("title", title);
		if (room != null) {
			request.param("room", room);
		}
		if (capacity != null) {
			request.param("capacity", capacity);
		}
		return request;
	}

}
