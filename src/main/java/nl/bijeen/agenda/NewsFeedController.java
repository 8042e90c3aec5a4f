package nl.bijeen.agenda;

import java.time.Duration;
import java.util.Locale;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.content.ArticleFilter;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS and Atom feeds: articles ({@code /artikelen.rss}), upcoming events ({@code /agenda.rss}), and both for
 * one theme ({@code /themas/{slug}.rss}) or organisation ({@code /organisaties/{slug}.rss}); {@code .atom}
 * for Atom. Feed texts are in Dutch, the site's language.
 */
@Controller
class NewsFeedController {

	static final Duration MAX_AGE = Duration.ofMinutes(15);

	private final NewsFeeds feeds;

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final MessageSource messages;

	NewsFeedController(NewsFeeds feeds, EventCatalog catalog, PeopleDirectory directory, MessageSource messages) {
		this.feeds = feeds;
		this.catalog = catalog;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping({ "/artikelen.rss", "/artikelen.atom" })
	ResponseEntity<String> articles(jakarta.servlet.http.HttpServletRequest request) {
		return respond(new NewsFeeds.Selection(text("content.list.title"), text("content.list.intro"), "/artikelen",
				"/artikelen", ArticleFilter.ALL, null), request);
	}

	@GetMapping({ "/agenda.rss", "/agenda.atom" })
	ResponseEntity<String> events(jakarta.servlet.http.HttpServletRequest request) {
		return respond(new NewsFeeds.Selection(text("agenda.title"), text("agenda.intro"), "/", "/agenda", null,
				AgendaFilter.NONE), request);
	}

	@GetMapping({ "/themas/{slug}.rss", "/themas/{slug}.atom" })
	ResponseEntity<String> theme(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request) {
		Theme theme = this.catalog.themeBySlug(slug).orElseThrow(() -> new NotFoundException("No theme " + slug));
		return respond(new NewsFeeds.Selection(theme.name(), theme.description() != null ? theme.description()
				: theme.name(), "/themas/" + slug, "/themas/" + slug, ArticleFilter.theme(theme.id()), AgendaFilter.theme(slug)), request);
	}

	@GetMapping({ "/organisaties/{slug}.rss", "/organisaties/{slug}.atom" })
	ResponseEntity<String> organisation(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request) {
		Organisation organisation = this.directory.organisationBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		return respond(new NewsFeeds.Selection(organisation.name(), organisation.description() != null
				? organisation.description() : organisation.name(), "/organisaties/" + slug, "/organisaties/" + slug,
				ArticleFilter.organisation(organisation.id()), AgendaFilter.organisation(slug)), request);
	}

	private ResponseEntity<String> respond(NewsFeeds.Selection selection, jakarta.servlet.http.HttpServletRequest request) {
		NewsFeeds.Format format = request.getRequestURI().endsWith(".atom") ? NewsFeeds.Format.ATOM
				: NewsFeeds.Format.RSS;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.contentType(MediaType.parseMediaType(format.contentType))
			.body(this.feeds.write(selection, format));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag("nl"));
	}

}
