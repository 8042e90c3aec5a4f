package nl.bijeen.content;

import java.util.Arrays;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.content.web.ArticleListForm;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public article pages: {@code /artikelen} with filters and paging in the address, and one article at
 * {@code /artikelen/{slug}}. Drafts and scheduled articles are "not found".
 */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 12;

	private final PublicArticles articles;

	private final ArticleAssembler assembler;

	private final ArticleJsonLd jsonLd;

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final ContentTime time;

	private final ContentUrls urls;

	ArticleController(PublicArticles articles, ArticleAssembler assembler, ArticleJsonLd jsonLd, EventCatalog catalog,
			PeopleDirectory directory, ContentTime time, ContentUrls urls) {
		this.articles = articles;
		this.assembler = assembler;
		this.jsonLd = jsonLd;
		this.catalog = catalog;
		this.directory = directory;
		this.time = time;
		this.urls = urls;
	}

	@GetMapping("/artikelen")
	String list(ArticleListForm form, Model model) {
		Optional<Theme> theme = form.themeSlug() == null ? Optional.empty()
				: this.catalog.themeBySlug(form.themeSlug());
		Optional<Organisation> organisation = form.organisationSlug() == null ? Optional.empty()
				: this.directory.organisationBySlug(form.organisationSlug());
		boolean unknown = (form.themeSlug() != null && theme.isEmpty())
				|| (form.organisationSlug() != null && organisation.isEmpty());
		ArticleList page = unknown ? new ArticleList(java.util.List.of(), 1, PAGE_SIZE, 0)
				: this.articles.find(new ArticleFilter(form.articleKind(), theme.map(Theme::id).orElse(null),
						organisation.map(Organisation::id).orElse(null)), form.pageNumber(), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("filter", form);
		model.addAttribute("kinds", Arrays.asList(ArticleKind.values()));
		model.addAttribute("themes", this.catalog.themes());
		model.addAttribute("organisations", this.directory.organisationsByName());
		model.addAttribute("canonical", this.urls.absolute("/artikelen" + form.query(page.page())));
		return "content/list";
	}

	@GetMapping("/artikelen/{slug}")
	String show(@PathVariable String slug, Model model) {
		Article article = this.articles.article(slug).orElseThrow(() -> new NotFoundException("No article " + slug));
		ArticleView view = this.assembler.assemble(article, this.time.now());
		model.addAttribute("view", view);
		model.addAttribute("jsonLd", this.jsonLd.render(view));
		return "content/article";
	}

}
