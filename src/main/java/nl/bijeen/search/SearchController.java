package nl.bijeen.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /zoeken?q=&kind=&when=&page=}: the search page; every choice lives in the URL, so a search can be shared.
 * Unknown filter values are ignored.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String when, @RequestParam(required = false) String page, Model model) {
		SearchQuery query = new SearchQuery(q, SearchKind.parse(kind), SearchPeriod.parse(when), pageNumber(page),
				PAGE_SIZE);
		SearchResults results = this.search.find(query);
		model.addAttribute("results", results);
		model.addAttribute("kinds", SearchKind.values());
		model.addAttribute("periods", SearchPeriod.values());
		model.addAttribute("previousLink", results.hasPrevious() ? link(query, query.page() - 1) : null);
		model.addAttribute("nextLink", results.hasNext() ? link(query, query.page() + 1) : null);
		return "search/results";
	}

	static String link(SearchQuery query, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/zoeken").queryParam("q", query.text());
		if (query.kind() != null) {
			uri.queryParam("kind", query.kind().code());
		}
		if (query.period() != null) {
			uri.queryParam("when", query.period().code());
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), 10_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
