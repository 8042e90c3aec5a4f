package nl.bijeen.agenda;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Prices in euro for people ("€ 25,00") and for machines ("25.00").
 */
final class Prices {

	private static final Currency EURO = Currency.getInstance("EUR");

	private Prices() {
	}

	/**
	 * The amount with the euro sign in the reader's notation; {@code null} when free.
	 */
	static String display(Integer cents, Locale locale) {
		if (cents == null || cents == 0) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		return format.format(amount(cents)).replace('\u00a0', ' ');
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
