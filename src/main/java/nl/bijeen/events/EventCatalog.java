package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.bijeen.rights.OrganisationScope;

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

	/**
	 * How many events there are, drafts included.
	 */
	public long count() {
		return this.events.count();
	}

	/**
	 * Events whose title contains the text (any case; {@code %}, {@code _} and {@code \\} in it are left out), of one
	 * status or of any ({@code null}), newest first: the organiser's list of events.
	 */
	public List<Event> withTitleContaining(EventStatus status, String text) {
		String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\\\%_]", "") + "%";
		return (status != null) ? this.events.findByStatusAndTitleLike(status.name(), pattern)
				: this.events.findByTitleLike(pattern);
	}

	/**
	 * Public events that have not ended at {@code now}, soonest first (at most 20): the organiser's dashboard.
	 */
	public List<Event> upcoming(LocalDateTime now) {
		return this.events.findUpcoming(now);
	}

	/**
	 * Drafts, soonest first (at most 50): the organiser's dashboard.
	 */
	public List<Event> drafts() {
		return this.events.findDrafts();
	}

	/** All themes, by name. */
	public List<Theme> themes() {
		return this.themes.findAllByOrderByNameAsc();
	}

	public Optional<Theme> theme(long id) {
		return this.themes.findById(id);
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

	public Optional<Audience> audienceBySlug(String slug) {
		return this.audiences.findBySlug(slug);
	}

	/**
	 * The audiences with these ids that exist, in no particular order.
	 */
	public List<Audience> audiences(Collection<Long> ids) {
		return this.audiences.findAllById(ids);
	}

	/** All venues, by name. */
	public List<Venue> venues() {
		return this.venues.findAllByOrderByNameAsc();
	}

	/**
	 * The venues of the organisations in scope and the shared ones, by name: what an organisation sees in its
	 * list of venues and may choose for its events (every venue for the platform administrator).
	 */
	public List<Venue> venuesFor(OrganisationScope scope) {
		return scope.all() ? venues() : this.venues.findUsableBy(scope.organisationId());
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
