package nl.bijeen.people;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The WCAG 2.2 contrast ratio and the check of an organisation's accent colour.
 */
class ContrastTests {

	@Test
	void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
		assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
		assertThat(Contrast.ratio("#ffffff", "#000000")).isCloseTo(21.0, within(0.001));
		assertThat(Contrast.ratio("#154273", "#154273")).isCloseTo(1.0, within(0.001));
	}

	@Test
	void matchesKnownRatios() {
		// bijeen's own primary colour, documented in tokens.css as 10.2:1 on white
		assertThat(Contrast.ratio("#154273", "#ffffff")).isCloseTo(10.2, within(0.05));
		// #767676 is the classic lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1)
		assertThat(Contrast.ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
		assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
	}

	@Test
	void anAccentMustReachAaOnEveryBackgroundAndUnderWhiteText() {
		assertThat(Contrast.acceptableAccent("#154273")).isTrue();
		assertThat(Contrast.acceptableAccent("#8B0000")).isTrue();
		// passes on white (4.54:1) but not on the light card surface
		assertThat(Contrast.acceptableAccent("#767676")).isFalse();
		assertThat(Contrast.acceptableAccent("#ffcc00")).isFalse();
		assertThat(Contrast.acceptableAccent("#ffffff")).isFalse();
		assertThat(Contrast.lowestRatio("#ffcc00")).isLessThan(Contrast.AA_TEXT);
	}

	@Test
	void theShownRatioIsRoundedDownSoAFailingOneNeverLooksLikeAPass() {
		assertThat(Contrast.display(4.4999, Locale.forLanguageTag("nl"))).isEqualTo("4,4");
		assertThat(Contrast.display(4.48, Locale.ENGLISH)).isEqualTo("4.4");
	}

	@Test
	void onlySixDigitHexColoursAreColours() {
		assertThat(Contrast.isColour("#1d5a8c")).isTrue();
		assertThat(Contrast.isColour("1d5a8c")).isFalse();
		assertThat(Contrast.isColour("#fff")).isFalse();
		assertThat(Contrast.isColour("red")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Contrast.ratio("red", "#ffffff"));
	}

}
