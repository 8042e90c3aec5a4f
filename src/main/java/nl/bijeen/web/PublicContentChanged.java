package nl.bijeen.web;

import java.util.Arrays;
import java.util.Set;

/**
 * Something visitors may see has changed and is committed: published by {@link PublicPageChanges} once per
 * transaction, after its commit (at once outside a transaction), on the instance where the change was made.
 * Whoever keeps something derived from public content (the rendered pages, the search documents) listens to it
 * with a plain {@code @EventListener} and catches up; other instances learn of it through their own means (a
 * version row, a scheduled check).
 * @param modules the modules whose data changed, as the package under {@code nl.bijeen} ({@code events},
 * {@code programme}, ...)
 * @param kinds what changed: the simple names of the aggregates saved or deleted and of the domain events
 */
public record PublicContentChanged(Set<String> modules, Set<String> kinds) {

	public PublicContentChanged {
		modules = Set.copyOf(modules);
		kinds = Set.copyOf(kinds);
	}

	/** Whether data of any of these modules changed. */
	public boolean concerns(String... modules) {
		return Arrays.stream(modules).anyMatch(this.modules::contains);
	}

}
