package nl.bijeen.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ArticleRole;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.content.ContentSeeds.ArticleSeed;
import nl.bijeen.content.ContentSeeds.DossierEntry;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * The demo's articles and the dossier "Empowerment": the facts of the seed pages (a news item about the
 * debate panel, an interview ending in a call to register, a workshop preview, the report of the jubilee
 * debate, with its presentation as a PDF made at seed time), told in our own words. The articles before the
 * conference link to the coming one, so their call to action is live.
 */
@Component
class DemoArticles {

	private final ContentSeeds content;

	private final EventCatalog catalog;

	private final DemoPresentation presentation;

	DemoArticles(ContentSeeds content, EventCatalog catalog, DemoPresentation presentation) {
		this.content = content;
		this.catalog = catalog;
		this.presentation = presentation;
	}

	void create(DemoDirectory.Directory directory, LocalDate today) {
		List<Long> conference = upcoming("empowerment-naar-een-sterke-sociale-basis", today);
		List<Long> debate = this.catalog.eventWithSlug("de-sociale-idealen-van-gemeenten-" + DemoEvents.DEBATE_2018.getYear())
			.map(e -> List.of(e.getId()))
			.orElse(List.of());
		long empowerment = directory.theme("empowerment");
		long socialBasis = directory.theme("sociale-basis");
		long movisie = directory.organisation("movisie");
		LocalDateTime now = today.atTime(LocalTime.of(9, 0));

		long news = this.content.article(new ArticleSeed("gemeentepanel-over-de-sociale-basis", ArticleKind.NEWS,
				"Vier gemeentelijke voorlopers in debat over de sociale basis",
				"Op de conferentie Empowerment gaan vier mensen uit de gemeentepraktijk met elkaar in gesprek: hoe investeer je in de kracht van kwetsbare inwoners?",
				"""
						Sociale samenhang staat hoog op de politieke agenda. Maar wat kan een gemeente concreet doen om kwetsbare inwoners mee te laten doen? Tijdens de conferentie *Empowerment: naar een sterke sociale basis* bespreken vier voorlopers hun aanpak.

						## Wie praten er mee

						- **Herm Kuipers**, manager Samenleven bij de gemeente Amersfoort
						- **Marijke Andeweg**, regisseur eenzaamheid bij de gemeente Amsterdam
						- **Arjo Klamer**, hoogleraar en oud-wethouder van Hilversum
						- **Raf Janssen**, wethouder in Peel en Maas

						Dagvoorzitter Tanja Bubic leidt het gesprek. Aan bod komt onder meer hoe je omgaat met structuren die in de weg zitten, en of sturen op uitvoering nog past bij burgers die zelf het initiatief nemen.

						## En daarna

						Na het debat kiest u een van de workshops, over onder andere zelfbeheer en kwartiermaken.
						""",
				"Redactie", now.minusDays(7), conference, List.of(empowerment, socialBasis), List.of(movisie),
				people(directory, "Herm Kuipers", ArticleRole.MENTIONED, "Marijke Andeweg", ArticleRole.MENTIONED,
						"Arjo Klamer", ArticleRole.MENTIONED, "Raf Janssen", ArticleRole.MENTIONED)));

		long interview = this.content.article(new ArticleSeed("vijf-vragen-over-empowerment", ArticleKind.INTERVIEW,
				"Vijf vragen over empowerment: 'Voorkomen is beter dan later hulp bieden'",
				"Movisie-adviseur Peter Rensen vertelt waarom gemeenten de sociale basis in wijken en dorpen zouden moeten versterken, en wat de conferentie daaraan bijdraagt.",
				"""
						Wat kunnen inwoners zelf, wat kunnen ze samen, wat kunnen professionals en wat kan beleid? Die vragen staan centraal op de conferentie in het Muntgebouw in Utrecht. We legden Peter Rensen vijf vragen voor.

						## Wat gaat er nu mis in wijken en dorpen?

						> Sinds de transformatie ging bijna alle aandacht naar hulp aan personen en gezinnen. Voor het versterken van netwerken in de wijk bleef weinig tijd over.

						## Waarom is empowerment een goed alternatief?

						> Empowerment zet de bewoner centraal en kijkt ook naar de omgeving. Niet iedereen hoeft overal zelfredzaam te zijn; soms ligt het probleem juist bij wat er om iemand heen gebeurt.

						## Wat levert het een gemeente op?

						> Investeren in initiatieven van inwoners en vrijwilligers werkt preventief. Op den duur is dat goedkoper, en het versterkt de samenhang in de buurt.

						Wilt u hierover meepraten? Schrijf u in voor de conferentie.
						""",
				"Redactie", now.minusDays(10), conference, List.of(empowerment), List.of(movisie),
				people(directory, "Peter Rensen", ArticleRole.INTERVIEWED)));

		long preview = this.content.article(new ArticleSeed("workshop-een-goed-verbonden-weefsel",
				ArticleKind.PREVIEW, "Workshop: een goed verbonden weefsel van formele en informele krachten",
				"Associate lector Ard Sprinkhuizen waarschuwt voor een romantisch beeld van burgerkracht. Op de conferentie geeft hij een workshop over wat gemeenten en wijkteams wel kunnen doen.",
				"""
						Volgens Ard Sprinkhuizen (Hogeschool Inholland, Werkplaats Sociaal Domein Noord-Holland) wordt de kracht van burgers vaak overschat. Ook de *civil society* kent uitsluiting en wij-zij-denken.

						> Een sterke sociale basis is meer dan opbouwwerk. Het gaat om alle formele en informele diensten, voorzieningen en verbanden, zodat ook mensen in een kwetsbare positie kunnen meedoen.

						In zijn workshop laat hij zien hoe gemeenten en wijkteams bijdragen aan zo'n goed verbonden weefsel.

						Meer over dit onderwerp leest u in het [dossier Empowerment](/themas/empowerment).
						""",
				"Redactie", now.minusDays(4), conference, List.of(empowerment, socialBasis), List.of(),
				people(directory, "Ard Sprinkhuizen", ArticleRole.INTERVIEWED)));

		long report = this.content.article(new ArticleSeed("verslag-jubileumdebat-sociale-idealen", ArticleKind.REPORT,
				"Verslag: de sociale idealen van gemeenten",
				"Op het jubileumdebat van de Werkplaatsen Sociaal Domein ging het niet over wat de Werkplaatsen doen, maar over wat ze vinden. Wethouders, onderzoekers en sociaal werkers spraken elkaar in de Geertekerk.",
				"""
						Waar blijft de stem van de sociaal professional in het gemeentelijk beleid? Met die vraag opende het jubileumdebat in de Geertekerk in Utrecht. Frénk van der Linden leidde de middag.

						## Ruimte voor de idealen van bewoners

						Marja Jager-Vreugdenhil (Hogeschool VIAA) opende met een column. Gemeenten juichen initiatieven van inwoners toe, maar die moeten daarna toch weer passen in de logica van beleid.

						> Praat niet over iemand zonder die persoon zelf.

						## Vertrouwen in plaats van regels

						Ervaringsdeskundige Karin ter Horst herkende het verhaal. Zij bouwt bruggen tussen mensen in eenzaamheid en armoede.

						> Alles begint met erkenning. Geef mensen ruimte en tijd om het leven weer op te pakken. Dat begint met vertrouwen, niet met regels.

						## Uit de zaal

						Iemand merkte op dat gemeenten initiatieven soms overnemen en er een eigen draai aan geven. Het advies: sluit aan bij wat er al is. Een gemeente die inwoners zelf een budget liet besteden, zag initiatieven ontstaan waar zij zelf nooit op was gekomen.
						""",
				"Redactie", LocalDateTime.of(2018, 11, 27, 10, 0), debate, List.of(socialBasis),
				List.of(directory.organisation("werkplaatsen-sociaal-domein")),
				people(directory, "Marja Jager-Vreugdenhil", ArticleRole.QUOTED, "Karin ter Horst", ArticleRole.QUOTED,
						"Frénk van der Linden", ArticleRole.MENTIONED)));
		this.presentation.attachTo(report);

		this.content.dossier(empowerment, """
				Empowerment gaat over krachtige inwoners: wat kunnen mensen zelf, wat kunnen ze samen, en wat kunnen professionals en beleid daaraan bijdragen? In dit dossier vindt u de conferentie, interviews en achtergronden.
				""", List.of(new DossierEntry(conference.isEmpty() ? null : conference.get(0), null, null, null),
				new DossierEntry(null, interview, null, null), new DossierEntry(null, preview, null, null),
				new DossierEntry(null, news, null, null),
				new DossierEntry(null, null, "https://www.movisie.nl", "Movisie, kennisinstituut voor het sociaal domein"))
			.stream()
			.filter(e -> e.eventId() != null || e.articleId() != null || e.url() != null)
			.toList());
	}

	private List<Long> upcoming(String slug, LocalDate today) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			Optional<Event> event = this.catalog.eventWithSlug(slug + "-" + year);
			if (event.isPresent() && !event.get().getStartsAt().toLocalDate().isBefore(today)) {
				return List.of(event.get().getId());
			}
		}
		return List.of();
	}

	private static Map<Long, ArticleRole> people(DemoDirectory.Directory directory, Object... nameAndRole) {
		Map<Long, ArticleRole> people = new LinkedHashMap<>();
		for (int i = 0; i < nameAndRole.length; i += 2) {
			people.put(directory.person((String) nameAndRole[i]), (ArticleRole) nameAndRole[i + 1]);
		}
		return people;
	}

}
