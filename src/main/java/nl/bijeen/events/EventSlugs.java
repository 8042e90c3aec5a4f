package nl.bijeen.events;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.Slugs;

import org.springframework.stereotype.Component;

/**
 * Chooses slugs for events: the one asked for when it is free, or one made from the title. A slug is taken
 * when another event has it now or had it before (old links keep pointing there).
 */
@Component
class EventSlugs {

	static final int MAX_LENGTH = 160;

	private final Events events;

	EventSlugs(Events events) {
		this.events = events;
	}

	/**
	 * @param requested the slug asked for, or blank to make one from {@code text}
	 * @param eventId the event that will carry the slug, {@code null} for a new one
	 * @throws ConflictException when the requested slug belongs to another event
	 */
	String choose(String requested, String text, Long eventId) {
		if (requested != null && !requested.isBlank()) {
			String slug = requested.strip();
			if (isTakenByAnother(slug, eventId)) {
				throw new ConflictException("event.slug.taken", "The slug '" + slug + "' is already in use.");
			}
			return slug;
		}
		String base = Slugs.of(text);
		if (base.isEmpty()) {
			base = "event";
		}
		String slug = base;
		for (int n = 2; isTakenByAnother(slug, eventId); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	boolean isTakenByAnother(String slug, Long eventId) {
		return this.events.findBySlug(slug).filter(e -> !Objects.equals(e.getId(), eventId)).isPresent()
				|| this.events.findByFormerSlug(slug).filter(e -> !Objects.equals(e.getId(), eventId)).isPresent();
	}

}
