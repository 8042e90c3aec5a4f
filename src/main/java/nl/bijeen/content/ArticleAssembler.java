package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.common.RichText;
import nl.bijeen.content.ArticleLinks.PersonLink;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.PlacesSummaries;

import org.springframework.stereotype.Component;

/**
 * Gathers what the article page shows from the events, people, programme and registration modules. Only
 * public events are linked; drafts among the links are left out.
 */
@Component
class ArticleAssembler {

	static final int RELATED = 4;

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final ProgrammeRows programme;

	private final PlacesSummaries places;

	private final PublicArticles articles;

	private final RichText richText;

	private final ContentUrls urls;

	ArticleAssembler(EventCatalog catalog, PeopleDirectory directory, ProgrammeRows programme, PlacesSummaries places,
			PublicArticles articles, RichText richText, ContentUrls urls) {
		this.catalog = catalog;
		this.directory = directory;
		this.programme = programme;
		this.places = places;
		this.articles = articles;
		this.richText = richText;
		this.urls = urls;
	}

	ArticleView assemble(Article article, LocalDateTime now) {
		List<Event> events = this.catalog.events(article.eventIds())
			.stream()
			.filter(Event::isPublic)
			.sorted(Comparator.comparing(Event::getStartsAt))
			.toList();
		List<EventCallToAction> calls = events.stream().map(e -> EventCallToAction.of(e, now, this.places)).toList();
		return new ArticleView(article, this.richText.markdown(article.body()), calls, sessions(article, events),
				people(article), sorted(this.catalog.themes(article.themeIds()), Theme::name),
				sorted(this.directory.organisations(article.organisationIds()), Organisation::name),
				this.articles.related(article, RELATED), this.urls.absolute("/artikelen/" + article.slug()),
				this.urls.absolute(article.imageUrl()));
	}

	private List<ArticleView.SessionRef> sessions(Article article, List<Event> events) {
		List<ArticleView.SessionRef> result = new ArrayList<>();
		for (Event event : events) {
			for (Session session : this.programme.sessionsOf(event.getId())) {
				if (article.sessionIds().contains(session.id())) {
					result.add(new ArticleView.SessionRef(session.title(), event.getSlug(), event.getTitle()));
				}
			}
		}
		return result;
	}

	private List<ArticleView.PersonRef> people(Article article) {
		Map<Long, Person> byId = this.directory
			.people(article.people().stream().map(PersonLink::personId).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return article.people()
			.stream()
			.filter(link -> byId.containsKey(link.personId()))
			.map(link -> new ArticleView.PersonRef(byId.get(link.personId()), link.role()))
			.sorted(Comparator.comparing((ArticleView.PersonRef p) -> p.role()).thenComparing(p -> p.person().name()))
			.toList();
	}

	private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
		return items.stream().sorted(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

}
