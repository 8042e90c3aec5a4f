package nl.bijeen.events;

import java.util.function.Predicate;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.Slugs;

/**
 * Slugs for themes and audiences: the one asked for when free, else one made from the name, numbered when
 * needed ("eenzaamheid-2").
 */
final class UniqueSlugs {

	private UniqueSlugs() {
	}

	static String choose(String requested, String name, String kind, Predicate<String> taken) {
		if (requested != null && !requested.isBlank()) {
			String slug = requested.strip();
			if (taken.test(slug)) {
				throw new ConflictException(kind + ".slug.taken", "The slug '" + slug + "' is already in use.");
			}
			return slug;
		}
		String base = Slugs.of(name).isEmpty() ? kind : Slugs.of(name);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
