package nl.bijeen.api;

import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves a path segment that is either a numeric id or a slug.
 */
final class IdOrSlug {

	private IdOrSlug() {
	}

	static <T> Optional<T> find(String idOrSlug, Function<Long, Optional<T>> byId,
			Function<String, Optional<T>> bySlug) {
		if (idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 19) {
			return byId.apply(Long.valueOf(idOrSlug));
		}
		return bySlug.apply(idOrSlug);
	}

}
