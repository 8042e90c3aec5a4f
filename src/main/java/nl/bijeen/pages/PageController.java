package nl.bijeen.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.HtmlSanitizer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The public statement pages: {@code /privacy} and {@code /toegankelijkheid}.
 */
@Controller
class PageController {

	private final PageEditor pages;

	private final List<PageFacts> facts;

	PageController(PageEditor pages, List<PageFacts> facts) {
		this.pages = pages;
		this.facts = facts;
	}

	@GetMapping("/{slug:privacy|toegankelijkheid}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		Page page = this.pages.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("language", page.language(locale));
		model.addAttribute("title", page.title(locale));
		// Sanitised when saved; again here, for texts that reached the database another way.
		model.addAttribute("body", HtmlSanitizer.sanitize(withFacts(page.body(locale), locale)));
		return "pages/show";
	}

	/**
	 * The text with every {@code {{name}}} of a known fact replaced by its (escaped) value.
	 */
	private String withFacts(String body, Locale locale) {
		String result = body;
		for (PageFacts source : this.facts) {
			for (Map.Entry<String, String> fact : source.facts(locale).entrySet()) {
				String value = HtmlUtils.htmlEscape(fact.getValue());
				// also as the sanitiser stores it after an edit ({<!-- -->{name}})
				result = result.replace("{{" + fact.getKey() + "}}", value)
					.replace("{<!-- -->{" + fact.getKey() + "}}", value);
			}
		}
		return result;
	}

}
