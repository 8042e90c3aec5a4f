package nl.bijeen.api;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.content.ArticleDetail;
import nl.bijeen.content.ArticleFilter;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ArticleList;
import nl.bijeen.content.ArticleSummary;
import nl.bijeen.content.PublicArticles;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.web.BijeenProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published articles (drafts and scheduled ones never), newest first.
 */
@Guard(Need.PUBLIC)
@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = ApiDocumentation.ARTICLES)
class ArticlesApiController {

	private final PublicArticles articles;

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final BijeenProperties properties;

	ArticlesApiController(PublicArticles articles, EventCatalog catalog, PeopleDirectory directory,
			BijeenProperties properties) {
		this.articles = articles;
		this.catalog = catalog;
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping
	@Operation(summary = "List published articles, newest first")
	@ApiResponse(responseCode = "200", description = "A page of articles")
	@ApiResponse(responseCode = "400", description = "Invalid page or size (problem+json with `errors`)")
	ApiPage<ArticleResponse> list(
			@Parameter(description = "Kind: news, interview, preview, report, column, background (Dutch names as on the site also work)") @RequestParam(required = false) String kind,
			@Parameter(description = "Theme slug") @RequestParam(required = false) String theme,
			@Parameter(description = "Organisation slug") @RequestParam(required = false) String organisation,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(ApiPage.MAX_SIZE) int size) {
		Long themeId = theme == null ? null : this.catalog.themeBySlug(theme).map(Theme::id).orElse(-1L);
		Long organisationId = organisation == null ? null
				: this.directory.organisationBySlug(organisation).map(Organisation::id).orElse(-1L);
		ArticleList found = this.articles.find(new ArticleFilter(ArticleKind.parse(kind), themeId, organisationId),
				page + 1, size);
		return ApiPage.of(found.items().stream().map(this::summary).toList(), page, size, found.total());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One published article with its text (Markdown and HTML) and links")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = "No published article with this slug")
	ArticleResponse.Detail get(@Parameter(description = "Slug") @PathVariable String slug) {
		ArticleDetail detail = this.articles.detail(slug)
			.orElseThrow(() -> new NotFoundException("No published article " + slug));
		ArticleResponse s = summary(detail.summary());
		List<Ref> events = this.catalog.events(detail.eventIds())
			.stream()
			.filter(Event::isPublic)
			.map(e -> new Ref(e.getId(), e.getSlug(), e.getTitle()))
			.toList();
		List<Ref> themes = this.catalog.themes(detail.themeIds()).stream().map(t -> new Ref(t.id(), t.slug(), t.name())).toList();
		List<Ref> organisations = this.directory.organisations(detail.organisationIds())
			.stream()
			.map(o -> new Ref(o.id(), o.slug(), o.name()))
			.toList();
		Map<Long, Person> people = this.directory
			.people(detail.people().stream().map(ArticleDetail.Mention::personId).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		List<ArticleResponse.Person> mentioned = detail.people()
			.stream()
			.filter(m -> people.containsKey(m.personId()))
			.map(m -> new ArticleResponse.Person(m.personId(), people.get(m.personId()).slug(),
					people.get(m.personId()).name(), m.role().name().toLowerCase(Locale.ROOT)))
			.toList();
		return new ArticleResponse.Detail(s.id(), s.slug(), s.kind(), s.title(), s.lead(), s.author(), s.imageUrl(),
				s.imageAlt(), s.publishedAt(), s.url(), detail.body(), detail.bodyHtml(), events, themes, organisations,
				mentioned);
	}

	private ArticleResponse summary(ArticleSummary a) {
		return new ArticleResponse(a.id(), a.slug(), a.kind().name().toLowerCase(Locale.ROOT), a.title(), a.lead(),
				a.author(), a.imageUrl(), a.imageAlt(), a.publishedAt().atZone(Zones.AMSTERDAM).toOffsetDateTime(),
				this.properties.getBaseUrl() + a.path());
	}

}
