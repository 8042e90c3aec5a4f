package nl.bijeen.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The read side of the events module for other modules: events, themes, audiences and venues, read-only.
 * Other modules use this (and {@link EventSearch}) instead of the repositories; changes go through
 * {@link EventEditor}, {@link ThemeEditor}, {@link AudienceEditor} and {@link VenueEditor}. Whether an event
 * may be shown to the public ({@link Event#isPublic()}) is for the caller to decide.
 */
@Service
public class EventCatalog {

	private final Events events;

	private final Themes themes;

	private final Audiences audiences;

	private final Venues venues;

	EventCatalog(Events events, Themes themes, Audiences audiences, Venues venues) {
		this.events = events;
		this.themes = themes;
		this.audiences = audiences;
		this.venues = venues;
	}

	public Optional<Event> event(long id) {
		return this.events.findById(id);
	}

	/**
	 * The event with this slug now.
	 */
	public Optional<Event> eventWithSlug(String slug) {
		return this.events.findBySlug(slug);
	}

	/**
	 * The event that had this slug before its slug changed.
	 */
	public Optional<Event> eventWithFormerSlug(String slug) {
		return this.events.findByFormerSlug(slug);
	}

	/**
	 * The event with this slug, or the event that had it before its slug changed.
	 */
	public Optional<Event> eventBySlug(String slug) {
		return this.events.findBySlug(slug).or(() -> this.events.findByFormerSlug(slug));
	}

	/**
	 * The events with these ids that exist, in no particular order.
	 */
	public List<Event> events(Collection<Long> ids) {
		return this.events.findAllById(ids);
	}

	/** All themes, by name. */
	public List<Theme> themes() {
		return this.themes.findAllByOrderByNameAsc();
	}

	public Optional<Theme> themeBySlug(String slug) {
		return this.themes.findBySlug(slug);
	}

	/**
	 * The themes with these ids that exist, in no particular order.
	 */
	public List<Theme> themes(Collection<Long> ids) {
		return this.themes.findAllById(ids);
	}

	/** All audiences, by name. */
	public List<Audience> audiences() {
		return this.audiences.findAllByOrderByNameAsc();
	}

	/**
	 * The audiences with these ids that exist, in no particular order.
	 */
	public List<Audience> audiences(Collection<Long> ids) {
		return this.audiences.findAllById(ids);
	}

	public Optional<Venue> venue(long id) {
		return this.venues.findById(id);
	}

	/**
	 * The venues with these ids that exist, in no particular order.
	 */
	public List<Venue> venues(Collection<Long> ids) {
		return this.venues.findAllById(ids);
	}

}
