package nl.bijeen.content;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.common.RichText;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * What the agenda's pages show of the content: an event's articles and report, a person's articles, a
 * theme's dossier or articles. Used from the agenda's templates as {@code @contentPages}, so the agenda's
 * controllers need not change.
 */
@Component("contentPages")
public class ContentPages {

	private final PublicArticles articles;

	private final Dossiers dossiers;

	private final EventCatalog catalog;

	private final Articles allArticles;

	private final RichText richText;

	private final ObjectProvider<DossierMaterials> materials;

	ContentPages(PublicArticles articles, Dossiers dossiers, EventCatalog catalog, Articles allArticles,
			RichText richText, ObjectProvider<DossierMaterials> materials) {
		this.materials = materials;
		this.articles = articles;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.allArticles = allArticles;
		this.richText = richText;
	}

	/**
	 * The articles of an event, split for before and after it.
	 *
	 * @param before every linked article but the reports, newest first
	 * @param after every linked article but the leading report, reports first
	 * @param report the newest report, {@code null} when there is none
	 * @param reportHtml the report's text as sanitised HTML
	 */
	public record EventArticles(List<ArticleSummary> before, List<ArticleSummary> after, ArticleSummary report,
			String reportHtml) {
	}

	/** A dossier's entry as shown: where it leads, its title and a line of text. */
	public record DossierEntry(String kind, String href, String title, String text) {
	}

	/** A dossier as shown. */
	public record DossierView(String introHtml, List<DossierEntry> items) {
	}

	/** A theme's content: its dossier ({@code null} when it is none), else its articles. */
	public record ThemeContent(DossierView dossier, List<ArticleSummary> articles) {
	}

	public EventArticles ofEvent(long eventId) {
		List<ArticleSummary> all = this.articles.ofEvent(eventId);
		Optional<ArticleSummary> report = all.stream().filter(a -> a.kind() == ArticleKind.REPORT).findFirst();
		List<ArticleSummary> before = all.stream().filter(a -> a.kind() != ArticleKind.REPORT).toList();
		List<ArticleSummary> after = new ArrayList<>(
				all.stream().filter(a -> a.kind() == ArticleKind.REPORT && !a.equals(report.orElse(null))).toList());
		after.addAll(before);
		String html = report.flatMap(r -> this.allArticles.findById(r.id()))
			.map(a -> this.richText.markdown(a.body()))
			.orElse(null);
		return new EventArticles(before, after, report.orElse(null), html);
	}

	public List<ArticleSummary> ofPerson(long personId) {
		return this.articles.ofPerson(personId);
	}

	public List<ArticleSummary> ofOrganisation(long organisationId) {
		return this.articles.ofOrganisation(organisationId);
	}

	public ThemeContent ofTheme(long themeId) {
		Optional<Dossier> dossier = this.dossiers.findById(themeId);
		if (dossier.isEmpty()) {
			return new ThemeContent(null, this.articles.ofTheme(themeId));
		}
		return new ThemeContent(view(dossier.get()), List.of());
	}

	DossierView view(Dossier dossier) {
		List<Long> eventIds = dossier.items().stream().filter(i -> i.eventId() != null).map(i -> i.eventId()).toList();
		List<Long> articleIds = dossier.items()
			.stream()
			.filter(i -> i.articleId() != null)
			.map(i -> i.articleId())
			.toList();
		Map<Long, Event> events = this.catalog.events(eventIds)
			.stream()
			.filter(Event::isPublic)
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		Map<Long, ArticleSummary> published = this.articles.published(articleIds)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		List<DossierEntry> entries = new ArrayList<>();
		for (Dossier.Item item : dossier.items()) {
			switch (item.kind()) {
				case EVENT -> {
					Event event = events.get(item.eventId());
					if (event != null) {
						entries.add(new DossierEntry("EVENT", "/evenementen/" + event.getSlug(), event.getTitle(),
								event.getSummary() != null ? event.getSummary() : event.getSubtitle()));
					}
				}
				case ARTICLE -> {
					ArticleSummary article = published.get(item.articleId());
					if (article != null) {
						entries.add(new DossierEntry("ARTICLE", article.path(), article.title(), article.lead()));
					}
				}
				case LINK -> entries.add(new DossierEntry("LINK", item.url(), item.title(), null));
				case MATERIAL -> {
					DossierMaterials files = this.materials.getIfAvailable();
					if (files != null) {
						files.publicFile(item.materialId(), LocaleContextHolder.getLocale())
							.ifPresent(m -> entries.add(new DossierEntry("MATERIAL", m.href(), m.title(), m.text())));
					}
				}
			}
		}
		return new DossierView(this.richText.markdown(dossier.intro()), entries);
	}

}
