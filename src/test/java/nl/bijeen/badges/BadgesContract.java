package nl.bijeen.badges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationCancelled;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.SessionPick;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Badges and presence lists as PDF, read back with PDFBox: who is on them (only participants with a place), on
 * which page, accents and long names, the presence list's header and page numbers, the selections, the links,
 * the audit log and the rights. On H2 ({@link BadgesH2IntegrationTests}) and PostgreSQL
 * ({@link BadgesPostgresIntegrationTests}).
 */
abstract class BadgesContract extends RegistrationIntegrationTest {

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	Cancellations cancellations;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void everyoneWithAPlaceGetsABadgeEightToAPageInNameOrderAndNobodyElse() throws Exception {
		Conference c = this.fixtures.conference(11, 25, 25);
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			String name = String.format("Badge %02d Jansen", i);
			names.add(name);
			register(c, name, c.session(i % 2));
		}
		RegistrationResult cancelled = register(c, "Badge 00 Afgemeld", c.session(0));
		this.cancellations.end(cancelled.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
		names.add("Badge 11 Laatste plaats");
		assertThat(register(c, "Badge 11 Laatste plaats", c.session(0)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		RegistrationResult waiting = register(c, "Badge 12 Wachtend", c.session(0));
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

		MvcResult result = this.mvc.perform(get(badges(c)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("badges-" + c.event().getSlug() + ".pdf")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn();
		List<String> pages = Pdfs.pages(result.getResponse().getContentAsByteArray());
		assertThat(pages).hasSize(2);
		// Each badge carries the event's title: eight on the first sheet, three on the second.
		assertThat(Pdfs.occurrences(pages.get(0), "Conferentie Samen sterker")).isEqualTo(8);
		assertThat(Pdfs.occurrences(pages.get(1), "Conferentie Samen sterker")).isEqualTo(3);
		assertThat(inOrder(pages.get(0), names.subList(0, 8))).isTrue();
		assertThat(inOrder(pages.get(1), names.subList(8, 11))).isTrue();
		String all = String.join("\n", pages);
		assertThat(all).doesNotContain("Afgemeld").doesNotContain("Wachtend");
		// The workshop with the time of its round, and the organisation.
		assertThat(all).contains("11:30 Workshop A").contains("11:30 Workshop B").contains("Gemeente Utrecht");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'PARTICIPANTS_EXPORTED' "
				+ "and detail = 'badges pdf'").param(c.event().getId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aSessionsBadgesAndPresenceListHoldOnlyItsParticipants() throws Exception {
		Conference c = this.fixtures.conference(100, 25, 25);
		register(c, "Sessie Anna", c.session(0));
		register(c, "Sessie Bram", c.session(0));
		register(c, "Sessie Cor", c.session(1));
		register(c, "Sessie Dirk", c.session(1));
		register(c, "Sessie Eva", c.session(1));
		// erased (pseudonymised): no longer anyone to print
		this.jdbc.sql("update registration set name = 'Sessie Gewist', pseudonymised_at = current_timestamp where id = ?")
			.param(register(c, "Sessie Fenna", c.session(1)).registrationId()).update();

		String badgesOfA = String.join("\n", Pdfs.pages(pdf(badges(c) + "?session=" + c.session(0))));
		assertThat(badgesOfA).contains("Sessie Anna").contains("Sessie Bram")
			.doesNotContain("Sessie Cor").doesNotContain("Sessie Dirk").doesNotContain("Sessie Eva");

		MvcResult list = this.mvc.perform(get(presence(c) + "?session=" + c.session(1)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("presentielijst-" + c.event().getSlug() + "-workshop-b.pdf")))
			.andReturn();
		List<String> pages = Pdfs.pages(list.getResponse().getContentAsByteArray());
		assertThat(pages).hasSize(1);
		String page = pages.get(0);
		assertThat(page).contains("Conferentie Samen sterker")
			.contains("Workshopronde: Workshop B")
			.contains("Tijd: 11:30\u201312:30")
			.contains("Ruimte: Zaal 2")
			.contains("Datum: ")
			.contains("Naam").contains("Organisatie").contains("Handtekening")
			.contains("pagina 1 van 1")
			.contains("3 deelnemers met een plaats");
		assertThat(inOrder(page, List.of("Sessie Cor", "Sessie Dirk", "Sessie Eva"))).isTrue();
		assertThat(page).doesNotContain("Sessie Anna").doesNotContain("Sessie Bram").doesNotContain("Gewist");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and detail = 'presence list pdf' "
				+ "and subject = ?").params(c.event().getId(), "session " + c.session(1)).query(Integer.class).single())
			.isEqualTo(1);

		// A session of another event is not found.
		Conference other = this.fixtures.conference(10, 5);
		this.mvc.perform(get(badges(c) + "?session=" + other.session(0))).andExpect(status().isNotFound());
		this.mvc.perform(get(presence(c) + "?session=" + other.session(0))).andExpect(status().isNotFound());
		this.mvc.perform(get(presence(c) + "?session=abc")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void thePresenceListOfTheEventRunsOverPagesNumberedPageOfPages() throws Exception {
		Conference c = this.fixtures.conference(100);
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			String name = String.format("Lijst %02d Visser", i);
			names.add(name);
			register(c, name, null);
		}
		this.cancellations.end(register(c, "Lijst 99 Afgemeld", null).registrationId(), null,
				RegistrationStatus.CANCELLED, RegistrationCancelled.Reason.BY_ORGANISER);
		List<String> pages = Pdfs.pages(pdf(presence(c)));
		assertThat(pages).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(pages.get(i)).as("page %d", i + 1)
				.contains("Conferentie Samen sterker")
				.contains("Alle deelnemers met een plaats")
				.contains("Handtekening")
				.contains("pagina " + (i + 1) + " van 3");
		}
		String all = String.join("\n", pages);
		assertThat(inOrder(all, names)).isTrue();
		assertThat(all).doesNotContain("Afgemeld").contains("60 deelnemers met een plaats");
		assertThat(pages.get(0)).contains("Lijst 01 Visser").doesNotContain("Lijst 60 Visser");
		assertThat(pages.get(2)).contains("Lijst 60 Visser");

		// Nobody with a place: still a list to sign, with its header.
		Conference empty = this.fixtures.conference(100);
		List<String> none = Pdfs.pages(pdf(presence(empty)));
		assertThat(none).hasSize(1);
		assertThat(none.get(0)).contains("pagina 1 van 1").contains("Niemand met een plaats");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void accentsOtherScriptsAndLongNamesArePrintedAndFitTheirBadge() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		register(c, "Zoë Çelik-Ødegård", c.session(0), "Gemeente 's-Hertogenbosch");
		register(c, "Maximiliaan Alexander Theodorus Johannes van den Heuvel-Oosterbeek tot Nijenrode", c.session(0),
				"Stichting voor Maatschappelijke Ontwikkeling, Welzijn en Participatie van Inwoners in de Regio "
						+ "Zuidoost-Brabant en omstreken");
		register(c, "Ελένη Παπαδοπούλου", c.session(0), "Дом культуры «Заря»");
		register(c, "Wang 王小明", c.session(0), null);
		register(c, "Ürgüplüoğlu Şahin Ğ", c.session(0), "Łódź Żółć");

		byte[] pdf = pdf(badges(c));
		String text = Pdfs.flat(String.join("\n", Pdfs.pages(pdf)));
		assertThat(text).contains("Zoë Çelik-Ødegård").contains("Gemeente 's-Hertogenbosch")
			.contains("Ελένη Παπαδοπούλου").contains("Дом культуры «Заря»")
			.contains("Ürgüplüoğlu Şahin Ğ").contains("Łódź Żółć")
			.contains("Maximiliaan").contains("Nijenrode")
			// a character that no embedded font has is a question mark, not a failure
			.contains("Wang ???");
		// without an organisation, the workshop is still there
		assertThat(text).containsPattern("11:30 Workshop A Wang \\?\\?\\?");
		// Every character lies inside the printable part (5 mm from the cut line) of the badge it is on.
		for (Pdfs.Glyph glyph : Pdfs.glyphs(pdf)) {
			assertThat(insideABadge(glyph)).as("%s at %.1f-%.1f", glyph.text(), glyph.left(), glyph.right()).isTrue();
		}
		String list = Pdfs.flat(String.join("\n", Pdfs.pages(pdf(presence(c)))));
		assertThat(list).contains("Zoë Çelik-Ødegård").contains("Ελένη Παπαδοπούλου").contains("Łódź Żółć")
			.contains("Maximiliaan").contains("Nijenrode");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void badgesOfTheTickedRegistrationsOrOfASearch() throws Exception {
		Conference c = this.fixtures.conference(3, 25);
		Long anna = register(c, "Keuze Anna", c.session(0)).registrationId();
		register(c, "Keuze Bram", c.session(0));
		Long cor = register(c, "Keuze Cor", c.session(0), "Zoekbaar Welzijn").registrationId();
		Long waiting = register(c, "Keuze Wachtend", c.session(0)).registrationId();

		String chosen = String.join("\n", Pdfs.pages(pdf(badges(c) + "?chosen=true&id=" + anna + "&id=" + cor
				+ "&id=" + waiting)));
		assertThat(chosen).contains("Keuze Anna").contains("Keuze Cor").doesNotContain("Keuze Bram")
			.doesNotContain("Keuze Wachtend");
		String nobody = String.join("\n", Pdfs.pages(pdf(badges(c) + "?chosen=true")));
		assertThat(nobody).contains("niemand met een plaats").doesNotContain("Keuze");
		String search = String.join("\n", Pdfs.pages(pdf(badges(c) + "?q=zoekbaar")));
		assertThat(search).contains("Keuze Cor").doesNotContain("Keuze Anna");
		this.mvc.perform(get(badges(c) + "?id=" + anna + "&id=x")).andExpect(status().isBadRequest());

		// The list offers a checkbox for those with a place only, in the form that asks for their badges.
		String page = this.mvc.perform(get("/admin/events/" + c.event().getId() + "/registrations"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"badge-selection\"").contains("id=\"badge-" + anna + "\"")
			.doesNotContain("id=\"badge-" + waiting + "\"")
			.contains("href=\"/admin/events/" + c.event().getId() + "/badges.pdf\"")
			.contains("href=\"/admin/events/" + c.event().getId() + "/presence-list.pdf\"");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theEventPageAndTheSessionPageLinkToThem() throws Exception {
		Conference c = this.fixtures.conference(100, 25);
		long id = c.event().getId();
		this.mvc.perform(get("/admin/events/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/events/" + id + "/badges.pdf\"")))
			.andExpect(content().string(containsString("href=\"/admin/events/" + id + "/presence-list.pdf\"")));
		this.mvc.perform(get("/admin/events/" + id + "/registrations/sessions/" + c.session(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/admin/events/" + id + "/badges.pdf?session=" + c.session(0) + "\"")))
			.andExpect(content().string(containsString(
					"href=\"/admin/events/" + id + "/presence-list.pdf?session=" + c.session(0) + "\"")));
	}

	@Test
	void aForeignOrganisationsAdministratorFindsNothing(@Autowired PeopleSeeds people, @Autowired EventSeeds events,
			@Autowired AccountSeeds accounts, @Autowired Memberships memberships) throws Exception {
		RightsFixture f = RightsFixture.create(people, events, accounts, memberships);
		for (String path : List.of("/badges.pdf", "/presence-list.pdf")) {
			this.mvc.perform(get("/admin/events/" + f.eventA() + path).with(user(f.adminB().username()).roles("ORGANISER")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/admin/events/" + f.eventA() + path).with(user(f.adminA().username()).roles("ORGANISER")))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"));
		}
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ?").param(f.eventA())
			.query(Integer.class).single()).isEqualTo(2);
	}

	private byte[] pdf(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static String badges(Conference c) {
		return "/admin/events/" + c.event().getId() + "/badges.pdf";
	}

	private static String presence(Conference c) {
		return "/admin/events/" + c.event().getId() + "/presence-list.pdf";
	}

	/** Whether the names appear in the text in this order. */
	private static boolean inOrder(String text, List<String> names) {
		int from = 0;
		for (String name : names) {
			int at = text.indexOf(name, from);
			if (at < 0) {
				return false;
			}
			from = at + name.length();
		}
		return true;
	}

	/** Whether a character lies within the printable part of a badge's column on the sheet (see BadgeSheet). */
	private static boolean insideABadge(Pdfs.Glyph glyph) {
		float mm = 72f / 25.4f;
		float left = (595.28f - (2 * 90 + 5) * mm) / 2;
		float tolerance = 0.5f;
		for (int column = 0; column < 2; column++) {
			float from = left + column * 95 * mm + 5 * mm - tolerance;
			float to = left + column * 95 * mm + 85 * mm + tolerance;
			if (glyph.left() >= from && glyph.right() <= to) {
				return true;
			}
		}
		return false;
	}

	private RegistrationResult register(Conference c, String name, Long session) {
		return register(c, name, session, "Gemeente Utrecht");
	}

	private RegistrationResult register(Conference c, String name, Long session, String organisation) {
		String email = "badge." + System.nanoTime() + "@example.org";
		Applicant applicant = new Applicant(name, email, organisation, null, Locale.forLanguageTag("nl"), null, false,
				null, null);
		Map<Long, SessionPick> picks = (session == null || c.round() == null) ? Map.of()
				: Map.of(c.round().id(), new SessionPick(session, null));
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true, picks, Map.of(),
				null));
	}

}
