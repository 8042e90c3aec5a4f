package nl.bijeen.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy and accessibility statements, in Dutch and English.
 */
class StatementPagesBrowserIntegrationTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/privacy", "/toegankelijkheid", "/privacy?lang=en", "/toegankelijkheid?lang=en" })
	void haveNoAccessibilityViolationsAndReflow(String path) {
		open(path);
		axe();
		reflow();
		assertFitsWithDoubleTextSize();
	}

	@ParameterizedTest
	@CsvSource({ "/privacy, nl, Privacyverklaring", "/toegankelijkheid, nl, Toegankelijkheidsverklaring",
			"/privacy?lang=en, en, Privacy statement", "/toegankelijkheid?lang=en, en, Accessibility statement" })
	void showTheStatementInTheChosenLanguage(String path, String language, String title) {
		open(path);
		assertThat(text("h1")).isEqualTo(title);
		assertThat(find("html").getAttribute("lang")).isEqualTo(language);
		assertThat(find("article").getAttribute("lang")).isEqualTo(language);
		assertThat(driver().getTitle()).startsWith(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/privacy", "/toegankelijkheid" })
	void linesStayReadablyShort(String path) {
		open(path);
		Number width = (Number) js().executeScript(
				"return document.querySelector('.rich-text p').getBoundingClientRect().width;");
		Number fontSize = (Number) js().executeScript(
				"return parseFloat(getComputedStyle(document.querySelector('.rich-text p')).fontSize);");
		assertThat(fontSize.doubleValue()).as("base font size in px").isEqualTo(18.0);
		// 70ch of the system font is about 44 em: some 70 to 80 characters per line.
		assertThat(width.doubleValue() / fontSize.doubleValue()).as("line length in ems").isLessThan(46);
	}

}
