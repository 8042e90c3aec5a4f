package nl.bijeen.people;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contrast ratios as WCAG 2.2 defines them (relative luminance of sRGB colours), to check an organisation's
 * accent colour: used for links and text on the page background and as the background of buttons with white
 * text, it must reach 4.5:1 (AA, normal text) against the page background, the light surfaces of cards and
 * tables, and the white text on it.
 */
public final class Contrast {

	/** WCAG 2.2 AA for normal text. */
	public static final double AA_TEXT = 4.5;

	/** The page background of bijeen ({@code --bij-color-background}). */
	public static final String BACKGROUND = "#ffffff";

	/** The backgrounds links may sit on: the page, and the surfaces of cards and tables ({@code --bij-color-surface*}). */
	public static final java.util.List<String> BACKGROUNDS = java.util.List.of(BACKGROUND, "#f2f4f7", "#e1e6ed");

	/** The text colour on an accent coloured button ({@code --bij-color-primary-contrast}). */
	public static final String TEXT_ON_ACCENT = "#ffffff";

	private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

	private Contrast() {
	}

	public static boolean isColour(String value) {
		return value != null && HEX.matcher(value).matches();
	}

	/**
	 * The contrast ratio between two {@code #rrggbb} colours, from 1 to 21.
	 */
	public static double ratio(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	/**
	 * Whether the accent colour can carry text on the page background and white text on itself.
	 */
	public static boolean acceptableAccent(String colour) {
		return lowestRatio(colour) >= AA_TEXT;
	}

	/**
	 * The lowest contrast of the accent colour with any background it is used on and with the white text on it.
	 */
	public static double lowestRatio(String colour) {
		double lowest = ratio(colour, TEXT_ON_ACCENT);
		for (String background : BACKGROUNDS) {
			lowest = Math.min(lowest, ratio(colour, background));
		}
		return lowest;
	}

	/**
	 * The ratio shown to the organiser, rounded down to one decimal (4.49 shows as 4.4, never as 4.5).
	 */
	public static String display(double ratio, Locale locale) {
		return String.format(locale, "%.1f", Math.floor(ratio * 10) / 10);
	}

	static double luminance(String colour) {
		if (!isColour(colour)) {
			throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
		}
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
