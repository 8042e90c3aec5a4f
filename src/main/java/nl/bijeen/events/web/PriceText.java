package nl.bijeen.events.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices as organisers type them: "25", "25,00", "25.00" or "€ 25,50"; empty means free.
 */
final class PriceText {

	private static final Pattern AMOUNT = Pattern.compile("^-?\\d{1,7}([.,]\\d{1,2})?$");

	private PriceText() {
	}

	/**
	 * @return the amount in cents, empty for a blank text
	 * @throws IllegalArgumentException when the text is no amount
	 */
	static Optional<Integer> parseCents(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String amount = text.replace("€", "").replace("\u00a0", "").strip();
		if (!AMOUNT.matcher(amount).matches()) {
			throw new IllegalArgumentException("Not an amount: " + text);
		}
		return Optional.of(new BigDecimal(amount.replace(',', '.')).movePointRight(2).intValueExact());
	}

	static String format(Integer cents) {
		if (cents == null) {
			return null;
		}
		return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2).toPlainString().replace('.', ',');
	}

}
