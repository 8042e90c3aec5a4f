package nl.bijeen.events.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceTextTests {

	@Test
	void readsAmountsWithCommaOrPointAndOptionalEuroSign() {
		assertThat(PriceText.parseCents("25,00")).contains(2500);
		assertThat(PriceText.parseCents("25.00")).contains(2500);
		assertThat(PriceText.parseCents("€ 12,5")).contains(1250);
		assertThat(PriceText.parseCents("0")).contains(0);
		assertThat(PriceText.parseCents("-5")).contains(-500);
		assertThat(PriceText.parseCents("  ")).isEmpty();
	}

	@Test
	void refusesWhatIsNoAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> PriceText.parseCents("vijf euro"));
		assertThatIllegalArgumentException().isThrownBy(() -> PriceText.parseCents("1,234"));
	}

	@Test
	void formatsCentsTheDutchWay() {
		assertThat(PriceText.format(2550)).isEqualTo("25,50");
		assertThat(PriceText.format(null)).isNull();
	}

}
