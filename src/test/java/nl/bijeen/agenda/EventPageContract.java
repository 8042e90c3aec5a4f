package nl.bijeen.agenda;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventSlugHistory;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public event page, its structured data and its calendar files, and the person page; run on H2 and
 * PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "bijeen.base-url=https://bijeen.example", "bijeen.test.context=agenda" })
abstract class EventPageContract {

	static final LocalDateTime SPRING = LocalDateTime.of(2027, 3, 28, 14, 0);

	static final String MEETING = "geheim-123";

	static final String BREAKOUT = "kamer-7";

	static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleDirectory peopleDirectory;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeSeeds contributions;

	@Autowired
	EventSlugHistory slugHistory;

	@Autowired
	RegistrationSettingsRepository registrationSettings;

	AgendaFixtures data;

	@BeforeEach
	void setUp() {
		AgendaFixtures.clean(this.jdbc);
		this.data = new AgendaFixtures(this.eventSeeds, this.peopleSeeds)
			.taxonomy();
	}

	Event conference() {
		Event event = this.data.published("empowerment-2027", "Empowerment: naar een sterke sociale basis", SPRING);
		event.setSubtitle("Congres over de sociale basis");
		event.setAttendanceMode(AttendanceMode.HYBRID);
		event.setOnlineUrl("https://meet.example.org/" + MEETING);
		event.setPriceCents(2500);
		event.setOrganiserIds(List.of(this.data.movisie.id(), this.data.trimbos.id()));
		event.setThemeIds(List.of(this.data.empowerment.id()));
		event.setAudienceIds(List.of(this.data.policyMakers.id()));
		event.setDescriptionHtml("<p>Welkom <strong>allemaal</strong></p>");
		event.setRegistrationOpensAt(LocalDateTime.of(2026, 10, 1, 9, 0));
		event.setImageUrl("/img/empowerment.jpg");
		event.setImageAlt("Zaal vol mensen");
		event = this.data.save(event);
		long id = event.getId();
		Person tanja = this.peopleSeeds.save(Person.create("tanja-bubic", "Tanja Bubic", "Presentator", null, null, null));
		Person pieter = this.peopleSeeds.save(Person.create("pieter-hilhorst", "Pieter Hilhorst", "Publicist", null, null, null));
		Person doortje = this.peopleSeeds.save(Person.create("doortje-kal", "Doortje Kal", null, this.data.movisie.id(), null, null));
		this.contributions.save(Contribution.toEvent(id, tanja.id(), Role.DAY_CHAIR, 0));
		ProgrammePart opening = this.contributions.save(ProgrammePart.create(id, PartKind.KEYNOTE, "Empowerment als kader",
				"Lezing", SPRING, SPRING.plusMinutes(30), "Grote zaal"));
		this.contributions.save(Contribution.toPart(opening, pieter.id(), Role.SPEAKER, 0));
		ProgrammePart round = this.contributions.save(ProgrammePart.create(id, PartKind.ROUND, "Workshopronde", null,
				SPRING.plusHours(1), SPRING.plusHours(2), null));
		Session kwartier = this.contributions.save(new Session(null, round.id(), id, 0, "Kwartiermaken, ruimte voor anders zijn",
				"Over kwartiermaken", "Zaal 2", "https://breakout.example.org/" + BREAKOUT, 25, null));
		this.contributions.save(Session.create(round, 1, "Samen doen we het zelf", null, "Zaal 3", null));
		this.contributions.save(Contribution.toSession(kwartier, doortje.id(), Role.SESSION_LEADER, 0));
		return event;
	}

	String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("JSON-LD script present").isTrue();
		return this.json.readTree(matcher.group(1));
	}

	Calendar ics(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
			.andReturn();
		String text = result.getResponse().getContentAsString();
		assertThat(text).doesNotContain(MEETING).doesNotContain(BREAKOUT);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=900, public");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline; filename=\"")
			.endsWith(".ics\"");
		Calendar withoutMethod = new CalendarBuilder().build(new StringReader(text.replace("METHOD:PUBLISH\r\n", "")));
		assertThat(withoutMethod.validate().getEntries()).as("RFC 5545 validation").isEmpty();
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		return calendar;
	}

	static List<VEvent> vevents(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	@Test
	void showsTheWholeEventButNeverTheMeetingLink() throws Exception {
		conference();
		String html = html("/evenementen/empowerment-2027");
		assertThat(html).contains("<h1>Empowerment: naar een sterke sociale basis</h1>", "Congres over de sociale basis",
				"zondag 28 maart 2027", "14:00 - 17:00 uur", "<p>Welkom <strong>allemaal</strong></p>",
				"Empowerment als kader", "Grote zaal", "Kwartiermaken, ruimte voor anders zijn", "Zaal 2", "25 plaatsen",
				"U kiest een van deze sessies", "Dagvoorzitter", "href=\"/personen/tanja-bubic\"", "Workshopleider",
				"Doortje Kal</a>, <span>Movisie</span>", "Muntgebouw", "Leidseweg 90", "3531 BG Utrecht",
				"https://www.openstreetmap.org/search?query=Leidseweg+90%2C+3531+BG+Utrecht",
				"href=\"/organisaties/movisie\"", "href=\"/organisaties/trimbos\"", "Beleidsmakers",
				"href=\"/themas/empowerment\"", "€ 25,00", "href=\"/evenementen/empowerment-2027.ics\"",
				"Zet in uw agenda", "href=\"/evenementen/empowerment-2027/aanmelden\"", ">Aanmelden</a>",
				"U kunt ook online deelnemen",
				"<link rel=\"canonical\" href=\"https://bijeen.example/evenementen/empowerment-2027\">",
				"<meta property=\"og:url\" content=\"https://bijeen.example/evenementen/empowerment-2027\">",
				"<meta property=\"og:image\" content=\"https://bijeen.example/img/empowerment.jpg\">",
				"<meta property=\"og:title\" content=\"Empowerment: naar een sterke sociale basis\">",
				"<meta name=\"twitter:card\" content=\"summary_large_image\">",
				"<meta name=\"description\" content=\"Samenvatting van Empowerment",
				"type=\"text/calendar\"")
			.doesNotContain(MEETING, BREAKOUT, "Deze bijeenkomst is voorbij");
		assertThat(html.split("application/ld\\+json", -1)).as("one JSON-LD script").hasSize(2);
		assertThat(html.split("rel=\"canonical\"", -1)).as("one canonical link").hasSize(2);
		assertThat(html).contains("<a href=\"/personen/doortje-kal\">Doortje Kal</a>\n  (<span>Workshopleider</span>)");
	}

	@Test
	void speaksEnglishAroundTheDutchContent() throws Exception {
		conference();
		assertThat(html("/evenementen/empowerment-2027?lang=en")).contains(
				"<h1 lang=\"nl\">Empowerment: naar een sterke sociale basis</h1>", "Sunday 28 March 2027", "Register",
				"Add to your calendar", "Day chair", "Workshop leader", "€25.00", "Practical information");
	}

	@Test
	void describesTheEventAsSchemaOrgJsonLd() throws Exception {
		Event event = conference();
		JsonNode ld = jsonLd(html("/evenementen/empowerment-2027"));
		assertThat(ld.toString()).doesNotContain(MEETING).doesNotContain(BREAKOUT);
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("Event");
		assertThat(ld.get("name").asString()).isEqualTo("Empowerment: naar een sterke sociale basis");
		assertThat(ld.get("description").asString()).isEqualTo(event.getSummary());
		assertThat(ld.get("url").asString()).isEqualTo("https://bijeen.example/evenementen/empowerment-2027");
		assertThat(ld.get("inLanguage").asString()).isEqualTo("nl");
		assertThat(ld.get("startDate").asString()).isEqualTo("2027-03-28T14:00:00+02:00");
		assertThat(ld.get("endDate").asString()).isEqualTo("2027-03-28T17:00:00+02:00");
		assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
		JsonNode place = ld.get("location").get(0);
		assertThat(place.get("@type").asString()).isEqualTo("Place");
		assertThat(place.get("name").asString()).isEqualTo("Muntgebouw");
		assertThat(place.get("address").get("@type").asString()).isEqualTo("PostalAddress");
		assertThat(place.get("address").get("streetAddress").asString()).isEqualTo("Leidseweg 90");
		assertThat(place.get("address").get("postalCode").asString()).isEqualTo("3531 BG");
		assertThat(place.get("address").get("addressLocality").asString()).isEqualTo("Utrecht");
		assertThat(place.get("address").get("addressCountry").asString()).isEqualTo("NL");
		JsonNode virtual = ld.get("location").get(1);
		assertThat(virtual.get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(virtual.get("url").asString()).isEqualTo("https://bijeen.example/evenementen/empowerment-2027");
		assertThat(ld.get("organizer").get(0).get("@type").asString()).isEqualTo("Organization");
		assertThat(ld.get("organizer").get(0).get("name").asString()).isEqualTo("Movisie");
		assertThat(ld.get("organizer").get(0).get("url").asString()).isEqualTo("https://www.movisie.nl");
		assertThat(ld.get("organizer").get(1).get("url").asString()).isEqualTo("https://bijeen.example/organisaties/trimbos");
		assertThat(ld.get("performer").valueStream().map(p -> p.get("name").asString()))
			.containsExactlyInAnyOrder("Tanja Bubic", "Pieter Hilhorst", "Doortje Kal");
		assertThat(ld.get("performer").get(0).get("@type").asString()).isEqualTo("Person");
		JsonNode offer = ld.get("offers");
		assertThat(offer.get("@type").asString()).isEqualTo("Offer");
		assertThat(offer.get("price").asString()).isEqualTo("25.00");
		assertThat(offer.get("priceCurrency").asString()).isEqualTo("EUR");
		assertThat(offer.get("availability").asString()).isEqualTo("https://schema.org/InStock");
		assertThat(offer.get("url").asString()).isEqualTo("https://bijeen.example/evenementen/empowerment-2027/aanmelden");
		assertThat(offer.get("validFrom").asString()).isEqualTo("2026-10-01T09:00:00+02:00");
		assertThat(ld.get("image").asString()).isEqualTo("https://bijeen.example/img/empowerment.jpg");
		assertThat(ld.get("audience").get(0).get("audienceType").asString()).isEqualTo("Beleidsmakers");
	}

	@Test
	void usesTheOffsetValidOnTheDayAcrossDaylightSavingTime() throws Exception {
		this.data.published("zaterdag", "Zaterdag", LocalDateTime.of(2027, 3, 27, 14, 0));
		this.data.published("zondag", "Zondag", LocalDateTime.of(2027, 3, 28, 14, 0));
		this.data.published("herfst", "Herfst", LocalDateTime.of(2027, 10, 31, 10, 0));
		assertThat(jsonLd(html("/evenementen/zaterdag")).get("startDate").asString()).isEqualTo("2027-03-27T14:00:00+01:00");
		assertThat(jsonLd(html("/evenementen/zondag")).get("startDate").asString()).isEqualTo("2027-03-28T14:00:00+02:00");
		assertThat(jsonLd(html("/evenementen/herfst")).get("startDate").asString()).isEqualTo("2027-10-31T10:00:00+01:00");
	}

	@Test
	void keepsTheJsonLdInsideItsScriptElement() throws Exception {
		Event event = this.data.published("ontsnapping", "Titel </script><script>alert(1)</script> & <b>meer</b>", SPRING);
		event.setSummary("Een <!-- commentaar --> samenvatting");
		this.data.save(event);
		String html = html("/evenementen/ontsnapping");
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<!-- commentaar");
		JsonNode ld = jsonLd(html);
		assertThat(ld.get("name").asString()).isEqualTo("Titel </script><script>alert(1)</script> & <b>meer</b>");
		assertThat(ld.get("description").asString()).isEqualTo("Een <!-- commentaar --> samenvatting");
	}

	@Test
	void freeOnlineEventHasAVirtualLocationOnly() throws Exception {
		Event event = this.data.published("online", "Dicht de kloof", SPRING);
		event.setAttendanceMode(AttendanceMode.ONLINE);
		event.setOnlineUrl("https://meet.example.org/" + MEETING);
		this.data.save(event);
		String html = html("/evenementen/online");
		assertThat(html).contains("Gratis", "Online. Na uw aanmelding krijgt u de link").doesNotContain(MEETING, "Muntgebouw");
		JsonNode ld = jsonLd(html);
		assertThat(ld.get("location").get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
		assertThat(ld.get("offers").get("price").asString()).isEqualTo("0");
		assertThat(vevents(ics("/evenementen/online.ics")).get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Online");
	}

	/**
	 * A published event with this many places on site, of which this many are taken (the place counter as
	 * registrations leave it).
	 */
	Event withPlaces(String slug, int capacity, int taken) {
		Event event = this.data.published(slug, "Vol of niet", SPRING);
		event.setCapacity(capacity);
		event = this.data.save(event);
		// Saving the event made its counter (or not yet, when counters are made on first use).
		this.jdbc.sql("delete from seat_counter where event_id = ? and name = 'VENUE'").param(event.getId()).update();
		this.jdbc.sql("insert into seat_counter (event_id, name, capacity, taken) values (?, 'VENUE', ?, ?)")
			.params(event.getId(), capacity, taken)
			.update();
		return event;
	}

	@Test
	void aFullEventWithAWaitingListOffersTheWaitingList() throws Exception {
		withPlaces("vol-wachtlijst", 2, 2);
		String html = html("/evenementen/vol-wachtlijst");
		assertThat(html).contains("Vol — schrijf u in voor de wachtlijst")
			.contains("href=\"/evenementen/vol-wachtlijst/aanmelden\"");
		assertThat(html("/evenementen/vol-wachtlijst?lang=en")).contains("Full — join the waiting list");
		assertThat(jsonLd(html).get("offers").get("availability").asString())
			.isEqualTo("https://schema.org/LimitedAvailability");
	}

	@Test
	void aFullEventWithoutWaitingListIsSoldOut() throws Exception {
		Event event = withPlaces("vol", 1, 1);
		RegistrationSettings defaults = RegistrationSettings.defaults(event.getId());
		this.registrationSettings.save(new RegistrationSettings(event.getId(), false, false, false, null, false, null,
				null, defaults.reminderDays(), defaults.onlineLinkMinutesBefore(), null));
		String html = html("/evenementen/vol");
		assertThat(html).contains("Vol — aanmelden is niet meer mogelijk.")
			.doesNotContain("href=\"/evenementen/vol/aanmelden\"")
			.doesNotContain("wachtlijst");
		assertThat(jsonLd(html).get("offers").get("availability").asString()).isEqualTo("https://schema.org/SoldOut");
	}

	@Test
	void fewPlacesLeftAreCountedInTheRightNumber() throws Exception {
		withPlaces("bijna-vol", 4, 3);
		withPlaces("nog-twee", 4, 2);
		withPlaces("ruim", 100, 1);
		String one = html("/evenementen/bijna-vol");
		assertThat(one).contains("Nog 1 plaats<").contains("href=\"/evenementen/bijna-vol/aanmelden\"");
		assertThat(html("/evenementen/bijna-vol?lang=en")).contains("1 place left<");
		assertThat(jsonLd(one).get("offers").get("availability").asString())
			.isEqualTo("https://schema.org/LimitedAvailability");
		assertThat(html("/evenementen/nog-twee")).contains("Nog 2 plaatsen<");
		assertThat(html("/evenementen/nog-twee?lang=en")).contains("2 places left<");
		String plenty = html("/evenementen/ruim");
		assertThat(plenty).doesNotContain("Nog ").doesNotContain("Vol —");
		assertThat(jsonLd(plenty).get("offers").get("availability").asString()).isEqualTo("https://schema.org/InStock");
	}

	@Test
	void aPastEventSpeaksInThePastTenseWithoutCalendarOrRegistration() throws Exception {
		Event event = this.data.published("vorig-jaar", "Vorig jaar", LocalDateTime.of(2025, 11, 10, 10, 0));
		event.setAttendanceMode(AttendanceMode.HYBRID);
		this.data.save(event);
		String html = html("/evenementen/vorig-jaar");
		assertThat(html).containsPattern("Vond plaats op\\s+<time")
			.contains("Deze bijeenkomst is voorbij")
			.doesNotContain("/evenementen/vorig-jaar.ics")
			.doesNotContain("Zet in uw agenda")
			.doesNotContain("/evenementen/vorig-jaar/aanmelden")
			.doesNotContain("Na uw aanmelding");
		assertThat(html("/evenementen/vorig-jaar?lang=en")).containsPattern("Took place on\\s+<time")
			.doesNotContain("/evenementen/vorig-jaar.ics");
		String upcoming = html("/evenementen/" + this.data.published("volgend-jaar", "Volgend jaar", SPRING).getSlug());
		assertThat(upcoming).doesNotContain("Vond plaats op").contains("/evenementen/volgend-jaar.ics");
	}

	@Test
	void pastEventsInviteNoRegistration() throws Exception {
		this.data.published("voorbij", "Voorbij", LocalDateTime.of(2025, 11, 10, 10, 0));
		String html = html("/evenementen/voorbij");
		assertThat(html).contains("Deze bijeenkomst is voorbij").doesNotContain("href=\"/evenementen/voorbij/aanmelden\"");
		assertThat(jsonLd(html).get("offers").get("availability").asString()).isEqualTo("https://schema.org/Discontinued");
	}

	@Test
	void registrationThatOpensLaterIsAnnounced() throws Exception {
		Event event = this.data.published("later-open", "Later open", SPRING);
		event.setRegistrationOpensAt(LocalDateTime.of(2027, 1, 11, 9, 0));
		this.data.save(event);
		assertThat(html("/evenementen/later-open")).contains("Aanmelden kan vanaf maandag 11 januari 2027 09:00 uur")
			.doesNotContain("href=\"/evenementen/later-open/aanmelden\"");
	}

	@Test
	void cancelledPostponedAndRescheduledEventsSaySo() throws Exception {
		Event cancelled = this.data.published("afgelast", "Afgelast", SPRING);
		cancelled.cancel();
		this.data.save(cancelled);
		Event postponed = this.data.published("uitgesteld", "Uitgesteld", SPRING);
		postponed.postpone(null, null);
		this.data.save(postponed);
		Event moved = this.data.published("verplaatst", "Verplaatst", SPRING);
		moved.postpone(SPRING.plusMonths(2), SPRING.plusMonths(2).plusHours(3));
		this.data.save(moved);

		String cancelledHtml = html("/evenementen/afgelast");
		assertThat(cancelledHtml).contains("Geannuleerd", "Deze bijeenkomst gaat niet door")
			.doesNotContain("href=\"/evenementen/afgelast/aanmelden\"");
		assertThat(jsonLd(cancelledHtml).get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
		assertThat(vevents(ics("/evenementen/afgelast.ics")).get(0).getProperty(Property.STATUS).orElseThrow().getValue())
			.isEqualTo("CANCELLED");

		String postponedHtml = html("/evenementen/uitgesteld");
		assertThat(postponedHtml).contains("Uitgesteld", "stond gepland op zondag 28 maart 2027 en is uitgesteld")
			.doesNotContain("href=\"/evenementen/uitgesteld/aanmelden\"");
		assertThat(jsonLd(postponedHtml).get("eventStatus").asString()).isEqualTo("https://schema.org/EventPostponed");
		assertThat(vevents(ics("/evenementen/uitgesteld.ics")).get(0).getProperty(Property.STATUS).orElseThrow().getValue())
			.isEqualTo("TENTATIVE");

		String movedHtml = html("/evenementen/verplaatst");
		assertThat(movedHtml).contains("Verplaatst (was 28 maart 2027)", "vrijdag 28 mei 2027",
				"/evenementen/verplaatst/aanmelden\"");
		JsonNode movedLd = jsonLd(movedHtml);
		assertThat(movedLd.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
		assertThat(movedLd.get("previousStartDate").asString()).isEqualTo("2027-03-28T14:00:00+02:00");
		assertThat(html("/")).contains("Geannuleerd", "Uitgesteld", "Verplaatst (was 28 maart 2027)");
	}

	@Test
	void singleEventCalendarKeepsItsUidAndRaisesItsSequenceAfterAnEdit() throws Exception {
		Event event = conference();
		VEvent first = vevents(ics("/evenementen/empowerment-2027.ics")).get(0);
		Calendar calendar = ics("/evenementen/empowerment-2027.ics");
		List<net.fortuna.ical4j.model.component.VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).getTimeZoneId().getValue()).as("VTIMEZONE matches DTSTART's TZID")
			.isEqualTo("Europe/Amsterdam");
		assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(event.getUid());
		assertThat(first.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Amsterdam");
		assertThat(first.getProperty(Property.URL).orElseThrow().getValue())
			.isEqualTo("https://bijeen.example/evenementen/empowerment-2027");
		assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Muntgebouw", "Online");
		assertThat(first.getProperty(Property.CATEGORIES).orElseThrow().getValue()).isEqualTo("Empowerment");
		assertThat(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.contains(event.getSummary(), "https://bijeen.example/evenementen/empowerment-2027");

		Event edited = this.eventCatalog.event(event.getId()).orElseThrow();
		String oldSlug = edited.getSlug();
		edited.setSlug("empowerment-congres-2027");
		edited.setStartsAt(SPRING.plusHours(1));
		edited.touch();
		this.eventSeeds.save(edited);
		this.slugHistory.remember(oldSlug, edited.getId());

		VEvent second = vevents(ics("/evenementen/empowerment-congres-2027.ics")).get(0);
		assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
		assertThat(second.getSequence().getSequenceNo()).isGreaterThan(first.getSequence().getSequenceNo());
		assertThat(second.getStartDate().orElseThrow().getValue()).isEqualTo("20270328T150000");
	}

	@Test
	void feedsListPublicUpcomingAndRecentEvents() throws Exception {
		conference();
		Event other = this.data.published("eenzaamheid", "Eenzaamheid", SPRING.plusDays(3));
		other.setOrganiserIds(List.of(this.data.trimbos.id()));
		this.data.save(other);
		this.data.published("lang-geleden", "Lang geleden", LocalDateTime.of(2024, 1, 10, 10, 0));
		this.data.save(Event.draft("concept", "Concept", SPRING, SPRING.plusHours(1)));

		assertThat(summaries(ics("/agenda.ics"))).containsExactly("Empowerment: naar een sterke sociale basis",
				"Eenzaamheid");
		assertThat(summaries(ics("/themas/empowerment.ics"))).containsExactly("Empowerment: naar een sterke sociale basis");
		assertThat(summaries(ics("/organisaties/trimbos.ics"))).containsExactly("Empowerment: naar een sterke sociale basis",
				"Eenzaamheid");
		assertThat(summaries(ics("/themas/eenzaamheid.ics"))).isEmpty();
		this.mvc.perform(get("/themas/bestaat-niet.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisaties/bestaat-niet.ics")).andExpect(status().isNotFound());
	}

	private static List<String> summaries(Calendar calendar) {
		return vevents(calendar).stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
	}

	@Test
	void personPageListsEventsWithRoles() throws Exception {
		conference();
		Event past = this.data.published("vorig-jaar", "Vorig jaar", LocalDateTime.of(2025, 11, 10, 10, 0));
		Person tanja = this.peopleDirectory.personBySlug("tanja-bubic").orElseThrow();
		this.contributions.save(Contribution.toEvent(past.getId(), tanja.id(), Role.HOST, 0));
		Event draft = this.data.save(Event.draft("geheim-concept", "Geheim concept", SPRING, SPRING.plusHours(2)));
		this.contributions.save(Contribution.toEvent(draft.getId(), tanja.id(), Role.SPEAKER, 0));
		String html = html("/personen/tanja-bubic");
		assertThat(html).doesNotContain("Geheim concept");
		assertThat(html).contains("<h1>Tanja Bubic</h1>", "Presentator", "Komende bijeenkomsten",
				"Empowerment: naar een sterke sociale basis", "Dagvoorzitter", "Eerdere bijeenkomsten", "Vorig jaar",
				"<link rel=\"canonical\" href=\"https://bijeen.example/personen/tanja-bubic\">");
		assertThat(html("/personen/doortje-kal")).contains("href=\"/organisaties/movisie\"", "Workshopleider");
	}

}
