package nl.bijeen.pages;

import java.util.Locale;
import java.util.Map;

/**
 * Facts another module contributes to the statement pages, so that what a statement says follows the actual
 * settings: a page's text may name a fact as {@code {{name}}} (e.g. {@code {{retention}}}), which is shown as
 * the value given here, in the reader's language. Values are plain text.
 */
public interface PageFacts {

	/**
	 * The facts by name, in the given language.
	 */
	Map<String, String> facts(Locale locale);

}
