package nl.bijeen.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The dashboard's texts in one language: messages, "12 van 30 (40%)", dates.
 */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	Texts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** "12 van 30 (40%)", or "12 (geen maximum)" without a limit. */
	String of(int part, Integer whole) {
		if (whole == null) {
			return get("dashboard.count.unlimited", part);
		}
		return get("dashboard.of", part, whole, percent(part, whole));
	}

	static int percent(int part, int whole) {
		return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
	}

	static double fraction(int part, Integer whole) {
		return whole == null || whole <= 0 ? 0 : (double) part / whole;
	}

	/** "3 nov." in this year, "3 nov. 2018" in another. */
	String day(LocalDate day) {
		boolean thisYear = day.getYear() == LocalDate.now(nl.bijeen.common.Zones.AMSTERDAM).getYear();
		return DateTimeFormatter.ofPattern(thisYear ? "d MMM" : "d MMM yyyy", this.locale).format(day);
	}

	String date(LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMM yyyy", this.locale).format(day);
	}

}
