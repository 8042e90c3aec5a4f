package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleFilter;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.web.BijeenProperties;

import org.springframework.stereotype.Component;

/**
 * RSS 2.0 and Atom 1.0 feeds (written with Rome) of the published articles and the upcoming events, for
 * everything, one theme or one organisation. Every link and id is absolute; an entry's id is its page's
 * address, so ids are unique and stay the same.
 */
@Component
class NewsFeeds {

	/** Most entries of each sort (articles, events) in one feed. */
	static final int LIMIT = 50;

	/** The two formats, with Rome's name and the content type. */
	enum Format {

		RSS("rss_2.0", "application/rss+xml;charset=utf-8", ".rss"), ATOM("atom_1.0",
				"application/atom+xml;charset=utf-8", ".atom");

		final String rome;

		final String contentType;

		final String extension;

		Format(String rome, String contentType, String extension) {
			this.rome = rome;
			this.contentType = contentType;
			this.extension = extension;
		}

	}

	/**
	 * What a feed holds: its title, its page, its own address without extension, and which articles and
	 * events.
	 *
	 * @param articles which articles, {@code null} for none
	 * @param events which upcoming events, {@code null} for none
	 */
	record Selection(String title, String description, String path, String feedPath, ArticleFilter articles,
			AgendaFilter events) {
	}

	private final PublicArticles articles;

	private final AgendaQuery query;

	private final EventCatalog catalog;

	private final PublicUrls urls;

	private final AgendaTime time;

	private final BijeenProperties properties;

	NewsFeeds(PublicArticles articles, AgendaQuery query, EventCatalog catalog, PublicUrls urls, AgendaTime time,
			BijeenProperties properties) {
		this.articles = articles;
		this.query = query;
		this.catalog = catalog;
		this.urls = urls;
		this.time = time;
		this.properties = properties;
	}

	String write(Selection selection, Format format) {
		LocalDateTime now = this.time.now();
		List<SyndEntry> entries = new ArrayList<>();
		LocalDateTime latest = null;
		if (selection.articles() != null) {
			for (ArticleSummary article : this.articles.find(selection.articles(), 1, LIMIT).items()) {
				entries.add(entry(article.title(), this.urls.absolute(article.path()), article.lead(),
						article.publishedAt(), later(article.publishedAt(), article.updatedAt()),
						article.author(), article.kind().urlName()));
				latest = later(latest, later(article.publishedAt(), article.updatedAt()));
			}
		}
		if (selection.events() != null) {
			List<Event> events = this.catalog.events(this.query.ids(selection.events(), AgendaPeriod.UPCOMING, LIMIT, now))
				.stream()
				.sorted(Comparator.comparing(Event::getStartsAt))
				.toList();
			for (Event event : events) {
				LocalDateTime changed = event.getUpdatedAt() != null ? event.getUpdatedAt() : event.getCreatedAt();
				entries.add(entry(event.getTitle(), this.urls.event(event.getSlug()),
						event.getSummary() != null ? event.getSummary() : event.getSubtitle(), event.getCreatedAt(),
						changed, null, "evenement"));
				latest = later(latest, changed);
			}
		}
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.rome);
		feed.setTitle(selection.title() + " – " + this.properties.getSiteName());
		feed.setDescription(selection.description());
		String page = this.urls.absolute(selection.path());
		feed.setLink(page);
		String address = this.urls.absolute(selection.feedPath()) + format.extension;
		feed.setUri(address);
		SyndLink self = new SyndLinkImpl();
		self.setRel("self");
		self.setHref(address);
		self.setType(format.contentType.substring(0, format.contentType.indexOf(';')));
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(page);
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, self));
		feed.setLanguage("nl");
		feed.setAuthor(this.properties.getSiteName());
		feed.setPublishedDate(date(latest != null ? latest : now));
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed could not be written", ex);
		}
	}

	private SyndEntry entry(String title, String link, String text, LocalDateTime published, LocalDateTime updated,
			String author, String category) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(title);
		entry.setLink(link);
		entry.setUri(link);
		if (published != null) {
			entry.setPublishedDate(date(published));
		}
		entry.setUpdatedDate(date(updated != null ? updated : published != null ? published : this.time.now()));
		entry.setAuthor(author != null ? author : this.properties.getSiteName());
		if (text != null && !text.isBlank()) {
			SyndContent description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(text);
			entry.setDescription(description);
		}
		SyndCategoryImpl kind = new SyndCategoryImpl();
		kind.setName(category);
		entry.setCategories(List.of(kind));
		return entry;
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private static Date date(LocalDateTime wallClock) {
		return Date.from(wallClock.atZone(Zones.AMSTERDAM).toInstant());
	}

}
