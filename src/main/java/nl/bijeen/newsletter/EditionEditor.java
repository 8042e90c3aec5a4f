package nl.bijeen.newsletter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Slugs;
import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleFilter;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.newsletter.web.EditionForm;
import nl.bijeen.rights.OrganisationScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing editions: the suggestions (recent published articles, upcoming public events), saving a draft with its
 * chosen items in order (as they are shown now: the edition keeps what it showed when it was sent) and its themes.
 * An edition belongs to the organisation of whoever wrote it; others see it as "not found".
 */
@Service
public class EditionEditor {

	/** Most suggestions of each kind. */
	static final int SUGGESTIONS = 15;

	private final Editions editions;

	private final PublicArticles articles;

	private final EventCatalog events;

	private final Clock clock = Clock.systemUTC();

	EditionEditor(Editions editions, PublicArticles articles, EventCatalog events) {
		this.editions = editions;
		this.articles = articles;
		this.events = events;
	}

	/** The edition if the scope may change it. */
	@Transactional(readOnly = true)
	public Edition edition(long id, OrganisationScope scope) {
		return this.editions.find(id).filter(e -> scope.owns(e.organisationId()) || (scope.all()))
			.orElseThrow(() -> new NotFoundException("No edition " + id));
	}

	@Transactional(readOnly = true)
	public List<Edition> visible(OrganisationScope scope) {
		return this.editions.visible(scope);
	}

	/** What may go in an edition, by key: recent articles and upcoming events, with those already chosen. */
	@Transactional(readOnly = true)
	public Map<String, EditionItem> suggestions(Edition edition) {
		Map<String, EditionItem> all = new LinkedHashMap<>();
		if (edition != null) {
			edition.items().forEach(i -> all.put(i.key(), i));
		}
		for (ArticleSummary a : this.articles.find(ArticleFilter.ALL, 1, SUGGESTIONS).items()) {
			all.putIfAbsent("ARTICLE-" + a.id(), new EditionItem("ARTICLE", a.id(), a.title(), a.lead(), a.path()));
		}
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(Zones.AMSTERDAM));
		this.events.upcoming(now).stream().filter(Event::isPublic).limit(SUGGESTIONS).forEach(e -> all.putIfAbsent(
				"EVENT-" + e.getId(), new EditionItem("EVENT", e.getId(), e.getTitle(), e.getSummary(),
						"/evenementen/" + e.getSlug())));
		return all;
	}

	@Transactional
	public long create(EditionForm form, Long organisationId) {
		String base = Slugs.of(form.getTitle());
		String slug = base.isEmpty() ? "editie" : base;
		for (int n = 2; this.editions.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		long id = this.editions.create(slug, organisationId, form.getTitle().strip(), introduction(form),
				this.clock.instant());
		saveParts(id, form, null);
		return id;
	}

	/** Saves a draft; false when it is being sent or sent already. */
	@Transactional
	public boolean update(Edition edition, EditionForm form) {
		if (!this.editions.update(edition.id(), form.getTitle().strip(), introduction(form), this.clock.instant())) {
			return false;
		}
		saveParts(edition.id(), form, edition);
		return true;
	}

	@Transactional
	public boolean delete(Edition edition) {
		return this.editions.delete(edition.id());
	}

	private void saveParts(long id, EditionForm form, Edition edition) {
		Map<String, EditionItem> known = suggestions(edition);
		List<EditionItem> items = new ArrayList<>();
		for (String key : form.orderedItems()) {
			Optional.ofNullable(known.get(key)).map(EditionEditor::shortened).ifPresent(items::add);
		}
		this.editions.setItems(id, items);
		this.editions.setThemes(id, form.getThemeIds());
	}

	private static EditionItem shortened(EditionItem item) {
		String summary = item.summary();
		if (summary != null && summary.length() > 1000) {
			summary = summary.substring(0, 997) + "...";
		}
		String title = (item.title().length() > 300) ? item.title().substring(0, 300) : item.title();
		return new EditionItem(item.kind(), item.refId(), title, summary, item.path());
	}

	private static String introduction(EditionForm form) {
		return (form.getIntroduction() == null || form.getIntroduction().isBlank()) ? null : form.getIntroduction().strip();
	}

}
