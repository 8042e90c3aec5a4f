package nl.bijeen.demo;

import java.time.LocalDate;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventType;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.Role;

import static nl.bijeen.demo.DemoEvents.ids;

/**
 * The four kinds of demo event, each with its programme. Texts are written for the demo.
 */
final class DemoSeedEvents {

	private final DemoEvents events;

	DemoSeedEvents(DemoEvents events) {
		this.events = events;
	}

	void conference(DemoDirectory.Directory d, LocalDate day, DemoEvents.Schedule schedule) {
		Event event = this.events.publish("empowerment-naar-een-sterke-sociale-basis",
				"Empowerment: naar een sterke sociale basis", day, "09:00", "16:00", schedule, e -> {
					e.setSubtitle("Congres over wat inwoners, professionals en gemeenten samen kunnen");
					e.setSummary("Hoe geeft een gemeente kwetsbare inwoners echt ruimte om mee te doen? Onderzoekers, "
							+ "bestuurders en praktijkmensen delen wat werkt, met een gemeentedebat en zes workshops.");
					e.setDescriptionHtml("<p>Empowerment gaat over zeggenschap: wat kunnen mensen zelf, wat kunnen ze "
							+ "samen, en wat is er nodig van professionals en beleid? Op deze dag verkennen we empowerment "
							+ "als manier van denken en werken voor een sterke sociale basis in wijk en dorp.</p>"
							+ "<p>Na drie korte inleidingen gaan vier voorlopers uit gemeenten met elkaar in debat. "
							+ "Na de lunch kiest u een van zes workshops met voorbeelden uit de praktijk.</p>");
					e.setEventType(EventType.CONFERENCE);
					e.setVenueId(d.venue("Muntgebouw"));
					e.setOrganiserIds(ids(d, DemoDirectory.Directory::organisation, "movisie",
							"universiteit-voor-humanistiek", "trimbos-instituut"));
					e.setThemeIds(ids(d, DemoDirectory.Directory::theme, "empowerment", "sociale-basis", "kwartiermaken"));
					e.setAudienceIds(ids(d, DemoDirectory.Directory::audience, "beleidsmakers", "bestuurders",
							"sociaal-professionals", "onderzoekers"));
					e.setCapacity(150);
					e.setPriceCents(9500);
				});
		DemoProgramme p = this.events.programme(event, d).chair("Tanja Bubic");
		p.part(PartKind.WALK_IN, "09:00", "09:30", "Inloop met koffie en thee", null, null);
		p.part(PartKind.OPENING, "09:30", "09:45", "Welkom en opening", "De dagvoorzitter neemt u mee door de dag.",
				Role.DAY_CHAIR, "Tanja Bubic");
		p.part(PartKind.KEYNOTE, "09:45", "11:00", "Empowerment als kader voor denken en doen",
				"Drie inleidingen: wat we weten over empowerment, wat het vraagt van de omgeving, en wat een overheid "
						+ "kan doen die investeert in de netwerken van inwoners.",
				Role.SPEAKER, "Jenny Boumans", "Anja Machielse", "Pieter Hilhorst");
		ProgrammePart debate = p.part(PartKind.DEBATE, "11:00", "12:15", "Gemeentedebat: investeren in de sociale basis",
				"Vier voorlopers uit gemeenten bespreken hoe zij inwoners aan het stuur zetten zonder de kwetsbaren te vergeten.",
				Role.PANEL_MEMBER, "Herm Kuipers", "Marijke Andeweg", "Arjo Klamer", "Raf Janssen");
		p.contribute(debate, Role.MODERATOR, 4, "Tanja Bubic");
		p.part(PartKind.LUNCH, "12:15", "13:15", "Lunch", null, null);
		ProgrammePart round = p.part(PartKind.ROUND, "13:15", "14:45", "Workshopronde",
				"U kiest bij uw aanmelding een van deze zes workshops.", null);
		p.session(round, 0, "Grote woorden, kleine daden", "Sociale teams, de sociale basis en empowerment in de dagelijkse praktijk.",
				"Zaal 1", null, 25, "Ard Sprinkhuizen", "Dick Jansen");
		p.session(round, 1, "Lessen van Paulo Freire", "Persoonlijke ervaringen met bevrijdend leren in Chili, vertaald naar de wijk.",
				"Zaal 2", null, 25, "Lou Repetur", "Mellouki Cadat-Lampe");
		p.session(round, 2, "Asset-Based Community Development", "Beginnen bij wat bewoners al hebben en kunnen.",
				"Zaal 3", null, 25, "Jaap Ikink");
		p.session(round, 3, "Kwartiermaken: ruimte voor anders zijn", "Hoe een buurt plaats maakt voor mensen die kwetsbaar zijn.",
				"Zaal 4", null, 25, "Doortje Kal", "Madeleine Prinsen");
		p.session(round, 4, "Samen doen we het zelf", "De sociale basis versterken in voorzieningen die bewoners zelf beheren.",
				"Zaal 5", null, 25, "Max Huber", "Karla Nijnens");
		p.session(round, 5, "Ruimte voor cli\u00ebntorganisaties", "Samenwerken zodat ervaringskennis een vaste plek krijgt.",
				"Zaal 6", null, 25, "Marrig van der Werf", "Anouk Poll");
		p.part(PartKind.CLOSING, "14:45", "16:00", "Afsluiting en borrel", null, Role.DAY_CHAIR, "Tanja Bubic");
	}

	void debate(DemoDirectory.Directory d, LocalDate day, DemoEvents.Schedule schedule) {
		Event event = this.events.publish("de-sociale-idealen-van-gemeenten", "De sociale idealen van gemeenten", day,
				"13:00", "17:00", schedule, e -> {
					e.setSubtitle("Jubileumdebat van de Werkplaatsen Sociaal Domein");
					e.setSummary("Gemeenten spreken grote idealen uit: inclusie, de burger centraal, preventie. Wat "
							+ "merken inwoners en sociaal werkers daarvan? Twee debatten, elk geopend met een column.");
					e.setDescriptionHtml("<p>Wethouders, onderzoekers, sociaal werkers en ervaringsdeskundigen gaan "
							+ "in gesprek over de vraag wie de sociale idealen van gemeenten waarmaakt, en hoe.</p>");
					e.setEventType(EventType.DEBATE);
					e.setVenueId(d.venue("Geertekerk"));
					e.setOrganiserIds(ids(d, DemoDirectory.Directory::organisation, "werkplaatsen-sociaal-domein", "movisie"));
					e.setThemeIds(ids(d, DemoDirectory.Directory::theme, "burgerparticipatie", "sociale-basis"));
					e.setAudienceIds(ids(d, DemoDirectory.Directory::audience, "sociaal-professionals", "beleidsmakers",
							"raadsleden", "onderzoekers"));
					e.setCapacity(250);
				});
		DemoProgramme p = this.events.programme(event, d).chair("Frénk van der Linden");
		p.part(PartKind.WALK_IN, "13:00", "13:30", "Inloop", null, null);
		p.part(PartKind.OPENING, "13:30", "13:40", "Opening", null, Role.DAY_CHAIR, "Frénk van der Linden");
		p.part(PartKind.COLUMN, "13:40", "13:50", "Column: de dromen van bewoners en de logica van beleid", null,
				Role.COLUMN, "Marja Jager-Vreugdenhil");
		ProgrammePart first = p.part(PartKind.DEBATE, "13:50", "14:45", "Debat 1: burgerparticipatie organiseren",
				"Hoeveel ruimte krijgen initiatieven van bewoners echt?", Role.PANEL_MEMBER, "Marja Jager-Vreugdenhil",
				"Karin ter Horst");
		p.contribute(first, Role.MODERATOR, 2, "Frénk van der Linden");
		p.part(PartKind.INTERMEZZO, "14:45", "15:05", "Intermezzo: onderzoekers, blijf betrokken", null, Role.SPEAKER,
				"Bert Wienen");
		p.part(PartKind.COLUMN, "15:05", "15:15", "Column: sociaal werkers als kritische vrienden", null, Role.COLUMN,
				"Toby Witte");
		ProgrammePart second = p.part(PartKind.DEBATE, "15:15", "16:15", "Debat 2: de gemeente en het sociaal werk",
				"Mag een sociaal werker activistisch zijn richting beleid en politiek?", Role.PANEL_MEMBER,
				"Wouter Struijk", "Renate Richters", "Lineke Verkooijen", "Sjef van der Klein");
		p.contribute(second, Role.MODERATOR, 4, "Frénk van der Linden");
		p.part(PartKind.DRINKS, "16:15", "17:00", "Het laatste woord aan de zaal, daarna een borrel", null,
				Role.DAY_CHAIR, "Frénk van der Linden");
	}

	void onlineMeeting(DemoDirectory.Directory d, LocalDate day, DemoEvents.Schedule schedule) {
		Event event = this.events.publish("dicht-de-kloof-werken-aan-vertrouwen", "Dicht de kloof, werken aan vertrouwen",
				day, "14:00", "16:15", schedule, e -> {
					e.setSubtitle("Online bijeenkomst over leefbaarheid en veiligheid in kwetsbare wijken");
					e.setSummary("Wat helpt om het vertrouwen tussen inwoners en overheid te herstellen? Een talkshow met "
							+ "een burgemeester, een publicist en een ondernemer, daarna workshops in kleine groepen.");
					e.setDescriptionHtml("<p>In sommige wijken stapelen armoede, schulden en onveiligheid zich op. "
							+ "We zoeken samen met inwoners, professionals en gemeenten naar aanpakken die werken.</p>");
					DemoEvents.online(e, "https://meet.example.org/dicht-de-kloof-" + day.getYear());
					e.setOrganiserIds(ids(d, DemoDirectory.Directory::organisation, "movisie"));
					e.setThemeIds(ids(d, DemoDirectory.Directory::theme, "leefbaarheid", "vertrouwen"));
					e.setAudienceIds(ids(d, DemoDirectory.Directory::audience, "inwoners", "beleidsmakers", "bestuurders",
							"sociaal-professionals", "raadsleden"));
					e.setCapacityOnline(200);
				});
		DemoProgramme p = this.events.programme(event, d).chair("Olaf Stomp");
		ProgrammePart talkshow = p.part(PartKind.TALKSHOW, "14:00", "14:45", "Talkshow: hoe dichten we de kloof?",
				"Drie kwartier gesprek over investeren in wijken waar problemen zich opstapelen.", Role.GUEST,
				"Jan Hamming", "René Cuperus", "Amina Berkane", "Lou Repetur");
		p.contribute(talkshow, Role.HOST, 4, "Olaf Stomp");
		ProgrammePart round = p.part(PartKind.ROUND, "14:50", "16:00", "Workshops in kleine groepen",
				"U kiest een van deze online workshops.", null);
		p.session(round, 0, "Inwoners aan het stuur", "Lessen over overheidsparticipatie en bestaande netwerken in de wijk.",
				null, "https://meet.example.org/breakout-1-" + day.getYear(), 40, "Krista van Mourik");
		p.session(round, 1, "Bonding, bridging en linking", "Waarom een eigen ontmoetingsplek voor kwetsbare groepen zoveel kan opleveren.",
				null, "https://meet.example.org/breakout-2-" + day.getYear(), 40, "Judith Jansen");
		p.part(PartKind.CLOSING, "16:00", "16:15", "Opbrengst en afsluiting", null, Role.DAY_CHAIR, "Olaf Stomp");
	}

	void hybridMeeting(DemoDirectory.Directory d, LocalDate day, DemoEvents.Schedule schedule) {
		Event event = this.events.publish("eenzaamheid-in-de-wijk", "Eenzaamheid in de wijk: wat werkt?", day, "10:00",
				"13:00", schedule, e -> {
					e.setSummary("Een ochtend over de aanpak van eenzaamheid, in Utrecht en online te volgen.");
					e.setEventType(EventType.MEETING);
					e.setAttendanceMode(AttendanceMode.HYBRID);
					e.setVenueId(d.venue("Muntgebouw"));
					e.setOnlineUrl("https://meet.example.org/eenzaamheid-" + day.getYear());
					e.setOrganiserIds(ids(d, DemoDirectory.Directory::organisation, "movisie", "trimbos-instituut"));
					e.setThemeIds(ids(d, DemoDirectory.Directory::theme, "eenzaamheid", "sociale-basis"));
					e.setAudienceIds(ids(d, DemoDirectory.Directory::audience, "beleidsmakers", "sociaal-professionals",
							"inwoners"));
					e.setCapacity(80);
					e.setCapacityOnline(150);
					e.setPriceCents(2500);
				});
		DemoProgramme p = this.events.programme(event, d).chair("Olaf Stomp");
		p.part(PartKind.KEYNOTE, "10:00", "10:45", "Een gemeentebrede aanpak van eenzaamheid", null, Role.SPEAKER,
				"Marijke Andeweg");
		ProgrammePart round = p.part(PartKind.ROUND, "11:00", "12:30", "Verdieping", "Kies een sessie in de zaal of online.", null);
		p.session(round, 0, "Kwartiermaken in de buurt", null, "Zaal 1", null, 30, "Doortje Kal");
		p.session(round, 1, "Online: ontmoeten zonder drempels", null, null, "https://meet.example.org/eenzaamheid-breakout", 50,
				"Anouk Poll");
		p.part(PartKind.CLOSING, "12:30", "13:00", "Afsluiting", null, Role.DAY_CHAIR, "Olaf Stomp");
	}

}
