package nl.bijeen.pages;

import java.util.Locale;

import nl.bijeen.common.HtmlSanitizer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public statement pages: {@code /privacy} and {@code /toegankelijkheid}.
 */
@Controller
class PageController {

	private final PageEditor pages;

	PageController(PageEditor pages) {
		this.pages = pages;
	}

	@GetMapping("/{slug:privacy|toegankelijkheid}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		Page page = this.pages.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("language", page.language(locale));
		model.addAttribute("title", page.title(locale));
		// Sanitised when saved; again here, for texts that reached the database another way.
		model.addAttribute("body", HtmlSanitizer.sanitize(page.body(locale)));
		return "pages/show";
	}

}
