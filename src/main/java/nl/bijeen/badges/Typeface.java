package nl.bijeen.badges;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One style of text (regular or bold) as a chain of embedded fonts: each character is set in the first font
 * that has it, and one that none has becomes a question mark, so any name can be printed. Widths are the
 * fonts' own advance widths (what PDF viewers use), cached per character.
 */
public final class Typeface {

	private static final int NONE = -1;

	private static final String MISSING = "?";

	private final List<PDFont> fonts;

	private final Map<Integer, Integer> fontOf = new HashMap<>();

	private final Map<Integer, Float> widthOf = new HashMap<>();

	Typeface(List<PDFont> fonts) {
		this.fonts = List.copyOf(fonts);
	}

	/**
	 * The text as it can be printed on one line: composed (NFC), control and format characters and line breaks
	 * as single spaces, trimmed, and characters no font has as question marks. {@code null} is empty.
	 */
	public String clean(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		boolean space = false;
		for (int i = 0; i < composed.length();) {
			int cp = composed.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
					|| Character.getType(cp) == Character.FORMAT) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			if (font(cp) == NONE) {
				out.append(MISSING);
			}
			else {
				out.appendCodePoint(cp);
			}
		}
		return out.toString();
	}

	/** The width of cleaned text at a font size, in points. */
	public float width(String text, float size) {
		float units = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			units += units(cp);
		}
		return units * size / 1000f;
	}

	/**
	 * Shows cleaned text at the current text position, switching fonts where a character needs another.
	 */
	public void show(PDPageContentStream content, String text, float size) throws IOException {
		int start = 0;
		int current = NONE;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int font = Math.max(0, font(cp));
			if (current != NONE && font != current) {
				content.setFont(this.fonts.get(current), size);
				content.showText(text.substring(start, i));
				start = i;
			}
			current = font;
			i += Character.charCount(cp);
		}
		if (current != NONE) {
			content.setFont(this.fonts.get(current), size);
			content.showText(text.substring(start));
		}
	}

	/** The index of the first font that has the character, or {@link #NONE}. */
	private int font(int cp) {
		return this.fontOf.computeIfAbsent(cp, c -> {
			String text = new String(Character.toChars(c));
			for (int f = 0; f < this.fonts.size(); f++) {
				try {
					this.fonts.get(f).encode(text);
					return f;
				}
				catch (IllegalArgumentException | IOException ex) {
					// not in this font: try the next
				}
			}
			return NONE;
		});
	}

	private float units(int cp) {
		Float cached = this.widthOf.get(cp);
		if (cached != null) {
			return cached;
		}
		int font = font(cp);
		float units;
		try {
			units = (font == NONE) ? units('?') : this.fonts.get(font).getStringWidth(new String(Character.toChars(cp)));
		}
		catch (IOException | IllegalArgumentException ex) {
			units = 600;
		}
		this.widthOf.put(cp, units);
		return units;
	}

	/** Splits text where it may break: after a space or a hyphen (the separator stays with the piece before). */
	static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || (c == '-' && i > start)) {
				pieces.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			pieces.add(text.substring(start));
		}
		return pieces;
	}

}
