package nl.bijeen.agenda;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Prices in euro for people ("€ 25,00") and for machines ("25.00").
 */
final class Prices {

	private Prices() {
	}

	/**
	 * The amount with the euro sign in the reader's notation; {@code null} when free.
	 */
	static String display(Integer cents, Locale locale) {
		return nl.bijeen.common.Euros.display(cents, locale);
	}

	/**
	 * The amount with a decimal point, "0" when free.
	 */
	static String machine(Integer cents) {
		return cents == null || cents == 0 ? "0" : amount(cents).toPlainString();
	}

	private static BigDecimal amount(int cents) {
		return BigDecimal.valueOf(cents, 2);
	}

}
