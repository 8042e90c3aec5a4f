package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Slugs;
import nl.bijeen.content.ArticleLinks.EventLink;
import nl.bijeen.content.ArticleLinks.OrganisationLink;
import nl.bijeen.content.ArticleLinks.PersonLink;
import nl.bijeen.content.ArticleLinks.RelatedLink;
import nl.bijeen.content.ArticleLinks.SessionLink;
import nl.bijeen.content.ArticleLinks.ThemeLink;
import nl.bijeen.content.web.ArticleForm;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.rights.OrganisationScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes articles. Links to things that do not exist (any more) are dropped; sessions
 * only count when they belong to a linked event. Refuses to overwrite a change someone else made.
 */
@Service
class ArticleEditor {

	private final Articles articles;

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final ProgrammeRows programme;

	private final ContentTime time;

	ArticleEditor(Articles articles, EventCatalog catalog, PeopleDirectory directory, ProgrammeRows programme,
			ContentTime time) {
		this.articles = articles;
		this.catalog = catalog;
		this.directory = directory;
		this.programme = programme;
		this.time = time;
	}

	Article article(long id) {
		return this.articles.findById(id).orElseThrow(() -> new NotFoundException("No article " + id));
	}

	List<Article> all() {
		return this.articles.findAllByOrderByUpdatedAtDesc();
	}

	/**
	 * The articles in scope, drafts included, last changed first: all of them, or those linked to the organisation.
	 */
	List<Article> visible(OrganisationScope scope) {
		if (scope.all()) {
			return all();
		}
		return (scope.organisationId() == null) ? List.of() : this.articles.findLinkedTo(scope.organisationId());
	}

	/** Whether another article than {@code id} has this slug. */
	boolean slugTaken(String slug, Long id) {
		return this.articles.findBySlug(slug).filter(a -> !a.id().equals(id)).isPresent();
	}

	@Transactional
	Article create(ArticleForm form) {
		LocalDateTime now = this.time.now();
		String slug = blank(form.getSlug()) ? uniqueSlug(Slugs.of(form.getTitle())) : form.getSlug().strip();
		return this.articles.save(build(null, slug, form, now, now, null));
	}

	@Transactional
	Article update(long id, ArticleForm form) {
		Article current = article(id);
		if (!Objects.equals(form.getVersion(), current.version())) {
			throw new ConflictException("content.form.conflict", "Article " + id + " was changed by someone else");
		}
		String slug = blank(form.getSlug()) ? current.slug() : form.getSlug().strip();
		return this.articles.save(build(id, slug, form, current.createdAt(), this.time.now(), current.version()));
	}

	@Transactional
	void delete(long id) {
		this.articles.delete(article(id));
	}

	private Article build(Long id, String slug, ArticleForm form, LocalDateTime created, LocalDateTime now,
			Integer version) {
		LocalDateTime publishAt = form.publishAt();
		if (form.isPublished() && publishAt == null) {
			publishAt = now;
		}
		Set<Long> eventIds = this.catalog.events(form.getEventIds()).stream().map(Event::getId).collect(Collectors.toSet());
		Set<Long> sessionIds = eventIds.stream()
			.flatMap(e -> this.programme.sessionsOf(e).stream())
			.map(Session::id)
			.filter(form.getSessionIds()::contains)
			.collect(Collectors.toSet());
		Set<Long> people = this.directory
			.people(form.getPeople().stream().map(ArticleForm.PersonRow::personId).filter(Objects::nonNull).toList())
			.stream()
			.map(Person::id)
			.collect(Collectors.toSet());
		Set<Long> seen = new HashSet<>();
		Set<PersonLink> personLinks = new LinkedHashSet<>();
		for (ArticleForm.PersonRow row : form.getPeople()) {
			if (row.personId() != null && people.contains(row.personId()) && seen.add(row.personId())) {
				personLinks.add(new PersonLink(row.personId(), row.role()));
			}
		}
		Set<Long> themes = this.catalog.themes(form.getThemeIds()).stream().map(Theme::id).collect(Collectors.toSet());
		Set<Long> organisations = this.directory.organisations(form.getOrganisationIds())
			.stream()
			.map(Organisation::id)
			.collect(Collectors.toSet());
		Map<Long, Boolean> existing = this.articles.findAllById(form.getRelatedIds())
			.stream()
			.collect(Collectors.toMap(Article::id, a -> true));
		List<RelatedLink> related = form.getRelatedIds()
			.stream()
			.distinct()
			.filter(r -> existing.containsKey(r) && !r.equals(id))
			.map(RelatedLink::new)
			.toList();
		return new Article(id, slug, form.getKind(), form.getTitle().strip(), trim(form.getLead()), trim(form.getBody()),
				trim(form.getAuthor()), trim(form.getImageUrl()), trim(form.getImageAlt()), form.isPublished(), publishAt,
				created, now, version, eventIds.stream().map(EventLink::new).collect(Collectors.toSet()),
				sessionIds.stream().map(SessionLink::new).collect(Collectors.toSet()), personLinks,
				themes.stream().map(ThemeLink::new).collect(Collectors.toSet()),
				organisations.stream().map(OrganisationLink::new).collect(Collectors.toSet()), related);
	}

	String uniqueSlug(String base) {
		String cut = base.length() > 150 ? base.substring(0, 150).replaceAll("-+$", "") : base;
		String root = cut.isBlank() ? "artikel" : cut;
		String slug = root;
		for (int n = 2; this.articles.existsBySlug(slug); n++) {
			slug = root + "-" + n;
		}
		return slug;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return blank(value) ? null : value.strip();
	}

}
