package nl.bijeen.events;

import org.springframework.stereotype.Service;

/**
 * Writes ready-made events, themes, audiences and venues as given, for the demo content and test fixtures
 * only: unlike {@link EventEditor} and the other editors it applies no rules, so content that is not the
 * demo's goes through the editors. (Reading is {@link EventCatalog}'s.)
 */
@Service
public class EventSeeds {

	private final Events events;

	private final Themes themes;

	private final Audiences audiences;

	private final Venues venues;

	EventSeeds(Events events, Themes themes, Audiences audiences, Venues venues) {
		this.events = events;
		this.themes = themes;
		this.audiences = audiences;
		this.venues = venues;
	}

	/** Whether there is any event at all, drafts included. */
	public boolean anyEvent() {
		return this.events.count() > 0;
	}

	/** Saves the event as it is. */
	public Event save(Event event) {
		return this.events.save(event);
	}

	/** Saves the theme as it is. */
	public Theme save(Theme theme) {
		return this.themes.save(theme);
	}

	/** Saves the audience as it is. */
	public Audience save(Audience audience) {
		return this.audiences.save(audience);
	}

	/** Saves the venue as it is. */
	public Venue save(Venue venue) {
		return this.venues.save(venue);
	}

	/** The theme with this slug, created with this name if there is none. */
	public Theme theme(String slug, String name) {
		return this.themes.findBySlug(slug).orElseGet(() -> this.themes.save(Theme.create(slug, name, null)));
	}

	/** The audience with this slug, created with this name if there is none. */
	public Audience audience(String slug, String name) {
		return this.audiences.findBySlug(slug).orElseGet(() -> this.audiences.save(Audience.create(slug, name)));
	}

	/** The venue with the name and city of this one, saved if there is none. */
	public Venue venue(Venue venue) {
		return this.venues.findAll()
			.stream()
			.filter(v -> v.name().equals(venue.name()) && venue.city().equals(v.city()))
			.findFirst()
			.orElseGet(() -> this.venues.save(venue));
	}

}
