package nl.bijeen.pages;

import java.time.LocalDateTime;
import java.util.Locale;

import nl.bijeen.common.HtmlSanitizer;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A content page with a Dutch text and an optional English one. English readers see the Dutch text when
 * there is no English translation. Bodies are sanitised HTML.
 */
@Table("page")
public record Page(@Id Long id, String slug, String titleNl, String bodyNl, String titleEn, String bodyEn,
		LocalDateTime updatedAt, @Version Integer version) {

	/** The language the page is shown in for this locale: English when translated, otherwise Dutch. */
	public String language(Locale locale) {
		boolean translated = titleEn != null && !titleEn.isBlank() && bodyEn != null && !bodyEn.isBlank();
		return ("en".equals(locale.getLanguage()) && translated) ? "en" : "nl";
	}

	public String title(Locale locale) {
		return "en".equals(language(locale)) ? this.titleEn : this.titleNl;
	}

	public String body(Locale locale) {
		return "en".equals(language(locale)) ? this.bodyEn : this.bodyNl;
	}

	/** The public address of this page. */
	public String path() {
		return "/" + this.slug;
	}

	/** This page with new texts; the bodies are sanitised, an empty English text becomes null. */
	Page withTexts(String titleNl, String bodyNl, String titleEn, String bodyEn, LocalDateTime now) {
		return new Page(this.id, this.slug, titleNl.strip(), HtmlSanitizer.sanitize(bodyNl), blankToNull(titleEn),
				blankToNull(HtmlSanitizer.sanitize(bodyEn)), now, this.version);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
