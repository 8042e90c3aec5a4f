package nl.bijeen.web;

import nl.bijeen.common.RichText;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers every page {@link RichText} as {@code richText}, so that templates show organisers' rich text
 * through it: {@code th:utext="${richText.safe(html)}"}.
 */
@ControllerAdvice
class RichTextModel {

	private final RichText richText;

	RichTextModel(RichText richText) {
		this.richText = richText;
	}

	@ModelAttribute("richText")
	RichText richText() {
		return this.richText;
	}

}
