package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bijeen.content.ArticleLinks.EventLink;
import nl.bijeen.content.ArticleLinks.OrganisationLink;
import nl.bijeen.content.ArticleLinks.PersonLink;
import nl.bijeen.content.ArticleLinks.ThemeLink;

import org.springframework.stereotype.Service;

/**
 * Writes content for the demo and for tests of other modules: articles and dossiers, taken as given.
 */
@Service
public class ContentSeeds {

	private final Articles articles;

	private final Dossiers dossiers;

	ContentSeeds(Articles articles, Dossiers dossiers) {
		this.articles = articles;
		this.dossiers = dossiers;
	}

	/**
	 * An article to store.
	 *
	 * @param publishAt when it is published; {@code null} for a draft
	 * @param people person ids with their part in the article
	 */
	public record ArticleSeed(String slug, ArticleKind kind, String title, String lead, String body, String author,
			LocalDateTime publishAt, List<Long> eventIds, List<Long> themeIds, List<Long> organisationIds,
			Map<Long, ArticleRole> people) {
	}

	/** One entry of a dossier: an event, an article, a public file (by id) or a link with its title. */
	public record DossierEntry(Long eventId, Long articleId, String url, String title, Long materialId) {

		public DossierEntry(Long eventId, Long articleId, String url, String title) {
			this(eventId, articleId, url, title, null);
		}

	}

	/** Stores the article; returns its id. */
	public long article(ArticleSeed seed) {
		LocalDateTime created = seed.publishAt() != null ? seed.publishAt() : LocalDateTime.now();
		Set<PersonLink> people = new LinkedHashSet<>();
		seed.people().forEach((id, role) -> people.add(new PersonLink(id, role)));
		return this.articles.save(new Article(null, seed.slug(), seed.kind(), seed.title(), seed.lead(), seed.body(),
				seed.author(), null, null, seed.publishAt() != null, seed.publishAt(), created, created, null,
				seed.eventIds().stream().map(EventLink::new).collect(Collectors.toSet()), Set.of(), people,
				seed.themeIds().stream().map(ThemeLink::new).collect(Collectors.toSet()),
				seed.organisationIds().stream().map(OrganisationLink::new).collect(Collectors.toSet()), List.of()))
			.id();
	}

	/** Makes a theme a dossier with this introduction and these entries, in order. */
	public void dossier(long themeId, String intro, List<DossierEntry> entries) {
		List<Dossier.Item> items = entries.stream()
			.map(e -> e.eventId() != null ? Dossier.Item.event(e.eventId())
					: e.articleId() != null ? Dossier.Item.article(e.articleId())
					: e.materialId() != null ? Dossier.Item.material(e.materialId()) : Dossier.Item.link(e.url(), e.title()))
			.toList();
		this.dossiers.save(new Dossier(themeId, intro, LocalDateTime.now(), null, items));
	}

}
