package nl.bijeen.badges;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text fit a width: first smaller (down to three quarters of the largest size) on one line, then wrapped
 * onto as few lines as possible at the largest size that fits, and at the smallest size what still does not fit
 * is shortened with an ellipsis. Long words break at hyphens, and where there is none, between characters.
 *
 * @param size the font size chosen
 * @param lines the lines, at most the number asked for; empty for empty text
 */
record TextFit(float size, List<String> lines) {

	static final String ELLIPSIS = "\u2026";

	/** On one line a size down to this part of the largest is preferred over wrapping. */
	private static final float ONE_LINE_SHRINK = 0.75f;

	/** Fewer lines are preferred over more down to this part of the largest size. */
	private static final float FEWER_LINES_SHRINK = 0.6f;

	private static final float STEP = 0.5f;

	/**
	 * Fits cleaned text (see {@link Typeface#clean}) into {@code width} points.
	 */
	static TextFit of(Typeface face, String text, float width, float maxSize, float minSize, int maxLines) {
		if (text.isEmpty()) {
			return new TextFit(maxSize, List.of());
		}
		float atOne = face.width(text, 1f);
		float oneLine = (atOne <= 0) ? maxSize : Math.min(maxSize, width / atOne);
		float oneLineFloor = (maxLines == 1) ? minSize : Math.max(minSize, maxSize * ONE_LINE_SHRINK);
		if (oneLine >= oneLineFloor) {
			return new TextFit(floor(oneLine), List.of(text));
		}
		if (maxLines <= 1) {
			return new TextFit(minSize, List.of(ellipsize(face, text, width, minSize)));
		}
		// Fewer lines first, as long as the text stays large enough; the most lines down to the smallest size.
		for (int allowed = 2; allowed <= maxLines; allowed++) {
			float floor = (allowed == maxLines) ? minSize : Math.max(minSize, maxSize * FEWER_LINES_SHRINK);
			for (float size = maxSize; size >= floor; size -= STEP) {
				List<String> lines = wrap(face, text, width, size);
				if (lines.size() <= allowed) {
					return new TextFit(size, lines);
				}
			}
		}
		List<String> lines = wrap(face, text, width, minSize);
		List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
		String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
		kept.add(ellipsize(face, rest, width, minSize));
		return new TextFit(minSize, kept);
	}

	/** Whether the text had to be shortened (with an ellipsis) to fit. */
	boolean shortened(String text) {
		return !this.lines.isEmpty() && this.lines.get(this.lines.size() - 1).endsWith(ELLIPSIS) && !text.endsWith(ELLIPSIS);
	}

	/** The height of the lines, each taking the given line spacing (a multiple of the size). */
	float height(float leading) {
		return this.lines.size() * this.size * leading;
	}

	/** Greedy wrapping at spaces and hyphens; a piece wider than the line is broken between characters. */
	static List<String> wrap(Typeface face, String text, float width, float size) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String piece : Typeface.pieces(text)) {
			String candidate = line + piece;
			if (face.width(candidate.stripTrailing(), size) <= width) {
				line = candidate;
				continue;
			}
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
			line = piece;
			while (face.width(line.strip(), size) > width) {
				int cut = longestFitting(face, line, width, size);
				lines.add(line.substring(0, cut).strip());
				line = line.substring(cut);
			}
		}
		if (!line.isBlank()) {
			lines.add(line.strip());
		}
		return lines;
	}

	/** The text, or as much of it as fits with an ellipsis after it. */
	static String ellipsize(Typeface face, String text, float width, float size) {
		if (face.width(text, size) <= width) {
			return text;
		}
		float room = width - face.width(ELLIPSIS, size);
		if (room <= 0) {
			return ELLIPSIS;
		}
		int cut = longestFitting(face, text, room, size);
		return text.substring(0, cut).stripTrailing() + ELLIPSIS;
	}

	/** The length of the longest start of the text that fits, at least one character (whole code points). */
	private static int longestFitting(Typeface face, String text, float width, float size) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (face.width(text.substring(0, next), size) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

	private static float floor(float size) {
		return (float) (Math.floor(size * 10) / 10);
	}

}
