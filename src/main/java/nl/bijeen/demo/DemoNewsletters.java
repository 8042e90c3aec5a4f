package nl.bijeen.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.newsletter.EditionItem;
import nl.bijeen.newsletter.NewsletterSeeds;

import org.springframework.stereotype.Component;

/**
 * Two sent newsletter editions for the demo's archive, linking to the demo's articles and events.
 */
@Component
class DemoNewsletters {

	private final NewsletterSeeds seeds;

	private final PublicArticles articles;

	private final EventCatalog catalog;

	DemoNewsletters(NewsletterSeeds seeds, PublicArticles articles, EventCatalog catalog) {
		this.seeds = seeds;
		this.articles = articles;
		this.catalog = catalog;
	}

	void create(DemoDirectory.Directory directory, LocalDate today) {
		long werkplaatsen = directory.organisation("werkplaatsen-sociaal-domein");
		long movisie = directory.organisation("movisie");
		List<EditionItem> debate = new ArrayList<>();
		article("verslag-jubileumdebat-sociale-idealen").ifPresent(debate::add);
		event("de-sociale-idealen-van-gemeenten-" + DemoEvents.DEBATE_2018.getYear()).ifPresent(debate::add);
		this.seeds.sentEdition("nieuwsbrief-jubileumdebat", werkplaatsen, "Terugblik op het jubileumdebat", """
				Wat vinden gemeenten, onderzoekers en sociaal werkers eigenlijk belangrijk? Op het jubileumdebat in de
				Geertekerk kwam dat op tafel. In deze nieuwsbrief leest u het verslag, met de woorden van de
				ervaringsdeskundige die de zaal stil kreeg: *alles begint met erkenning*.
				""", debate, List.of(directory.theme("sociale-basis")),
				LocalDate.of(2018, 12, 4).atTime(LocalTime.of(10, 0)).atZone(Zones.AMSTERDAM).toInstant());

		List<EditionItem> spring = new ArrayList<>();
		article("gemeentepanel-over-de-sociale-basis").ifPresent(spring::add);
		article("vijf-vragen-over-empowerment").ifPresent(spring::add);
		article("workshop-een-goed-verbonden-weefsel").ifPresent(spring::add);
		for (int year = today.getYear(); year <= today.getYear() + 1 && spring.size() < 4; year++) {
			event("empowerment-naar-een-sterke-sociale-basis-" + year).ifPresent(spring::add);
		}
		this.seeds.sentEdition("nieuwsbrief-empowerment", movisie, "Op weg naar de conferentie over empowerment", """
				De conferentie over empowerment komt eraan. Vier gemeenten vertellen alvast hoe zij de sociale basis
				versterken, een projectleider beantwoordt vijf vragen en we lichten een van de workshops uit.
				Meer leest u in het [dossier Empowerment](/themas/empowerment).
				""", spring, List.of(directory.theme("empowerment"), directory.theme("sociale-basis")),
				today.minusDays(2).atTime(LocalTime.of(9, 30)).atZone(Zones.AMSTERDAM).toInstant());
	}

	private Optional<EditionItem> article(String slug) {
		return this.articles.bySlug(slug).map(DemoNewsletters::item);
	}

	private static EditionItem item(ArticleSummary a) {
		return new EditionItem("ARTICLE", a.id(), a.title(), a.lead(), a.path());
	}

	private Optional<EditionItem> event(String slug) {
		return this.catalog.eventWithSlug(slug).filter(Event::isPublic)
			.map(e -> new EditionItem("EVENT", e.getId(), e.getTitle(), e.getSummary(), "/evenementen/" + e.getSlug()));
	}

}
