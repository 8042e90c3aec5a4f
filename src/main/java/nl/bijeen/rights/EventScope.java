package nl.bijeen.rights;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The events an account may see in lists: all of them, or these.
 */
public record EventScope(boolean all, Set<Long> eventIds) {

	public static EventScope everything() {
		return new EventScope(true, Set.of());
	}

	public boolean contains(long eventId) {
		return this.all || this.eventIds.contains(eventId);
	}

	/** The items whose event is in scope. */
	public <T> List<T> filter(Collection<T> items, java.util.function.ToLongFunction<T> eventId) {
		return items.stream().filter(item -> contains(eventId.applyAsLong(item))).toList();
	}

}
