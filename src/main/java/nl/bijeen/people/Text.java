package nl.bijeen.people;

import java.util.function.Predicate;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.Slugs;

/**
 * Small text helpers for people and organisations: empty input as {@code null}, and unique slugs.
 */
final class Text {

	private Text() {
	}

	static String orNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The requested slug when free, else one made from the name, numbered when needed ("jan-de-vries-2").
	 * @throws ConflictException when the requested slug is taken
	 */
	static String slug(String requested, String name, String kind, Predicate<String> taken) {
		String wanted = orNull(requested);
		if (wanted != null) {
			if (taken.test(wanted)) {
				throw new ConflictException(kind + ".slug.taken", "The slug '" + wanted + "' is already in use.");
			}
			return wanted;
		}
		String base = Slugs.of(name).isEmpty() ? kind : Slugs.of(name);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
