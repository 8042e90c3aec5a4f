package nl.bijeen.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Prices in euro as people read them: "€ 25,00" in Dutch, "€25.00" in English.
 */
public final class Euros {

	private static final Currency EURO = Currency.getInstance("EUR");

	private Euros() {
	}

	/**
	 * The amount with the euro sign in the reader's notation; {@code null} when free ({@code null} or 0).
	 */
	public static String display(Integer cents, Locale locale) {
		if (cents == null || cents == 0) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		return format.format(BigDecimal.valueOf(cents, 2)).replace('\u00a0', ' ');
	}

}
