package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.bijeen.content.web.ArticleForm;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventCriteria;
import nl.bijeen.events.EventSearch;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.rights.OrganisationScope;
import nl.bijeen.rights.Rights;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the article form offers to link to: public events (the coming ones and the most recent past ones,
 * plus those already linked), the sessions of the linked events, people, themes, organisations and other
 * articles: the organisation's own and those the public sees (another organisation's drafts stay out of sight).
 */
@Component
class ArticleChoices {

	static final int EVENTS = 200;

	private final EventCatalog catalog;

	private final EventSearch search;

	private final PeopleDirectory directory;

	private final ProgrammeRows programme;

	private final Articles articles;

	private final ContentTime time;

	private final Rights rights;

	ArticleChoices(EventCatalog catalog, EventSearch search, PeopleDirectory directory, ProgrammeRows programme,
			Articles articles, ContentTime time, Rights rights) {
		this.catalog = catalog;
		this.search = search;
		this.directory = directory;
		this.programme = programme;
		this.articles = articles;
		this.time = time;
		this.rights = rights;
	}

	/** A session offered in the form, named with its event. */
	record SessionChoice(long id, String label) {
	}

	void addTo(Model model, ArticleForm form, Long articleId) {
		LocalDateTime now = this.time.now();
		Set<Long> ids = new LinkedHashSet<>(this.search.ids(EventCriteria.upcoming(now), EVENTS));
		ids.addAll(this.search.ids(EventCriteria.past(now), EVENTS));
		ids.addAll(form.getEventIds());
		List<Event> events = this.catalog.events(ids)
			.stream()
			.sorted(Comparator.comparing(Event::getStartsAt).reversed())
			.toList();
		List<SessionChoice> sessions = new ArrayList<>();
		for (Event event : this.catalog.events(form.getEventIds())) {
			for (Session session : this.programme.sessionsOf(event.getId())) {
				sessions.add(new SessionChoice(session.id(), session.title() + " (" + event.getTitle() + ")"));
			}
		}
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("roles", ArticleRole.values());
		model.addAttribute("events", events);
		model.addAttribute("sessions", sessions);
		model.addAttribute("people", this.directory.peopleByName());
		model.addAttribute("themes", this.catalog.themes());
		model.addAttribute("organisations", this.directory.organisationsByName());
		OrganisationScope scope = this.rights.organisationScope();
		model.addAttribute("otherArticles", this.articles.findAllByOrderByUpdatedAtDesc()
			.stream()
			.filter(a -> !a.id().equals(articleId))
			.filter(a -> a.isPublicAt(now) || scope.ownsAny(a.organisationIds()))
			.toList());
	}

}
