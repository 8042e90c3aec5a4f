package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What to look for in {@link EventSearch}: a period (by the end of the events) and optional filters; every
 * filter left {@code null} (or empty) does not restrict. Blank texts count as left out.
 *
 * @param endsFrom events ending at or after this time
 * @param endsBefore events ending before this time
 * @param latestFirst the latest start first (archives) instead of the soonest first
 * @param theme slug of a theme
 * @param audience slug of an audience
 * @param organisation slug of a (co-)organising organisation
 * @param personId a person contributing to the event
 * @param type kind of event
 * @param modes the attendance modes to include
 * @param startsFrom events starting at or after this time
 * @param startsBefore events starting before this time
 * @param words words (or phrases) that must all occur in the title, subtitle or summary, in any case
 */
public record EventCriteria(LocalDateTime endsFrom, LocalDateTime endsBefore, boolean latestFirst, String theme,
		String audience, String organisation, Long personId, EventType type, List<AttendanceMode> modes,
		LocalDateTime startsFrom, LocalDateTime startsBefore, List<String> words) {

	public EventCriteria {
		theme = blankToNull(theme);
		audience = blankToNull(audience);
		organisation = blankToNull(organisation);
		modes = modes == null ? List.of() : List.copyOf(modes);
		words = words == null ? List.of()
				: words.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
	}

	/** Events not yet over at {@code now}, the soonest first. */
	public static EventCriteria upcoming(LocalDateTime now) {
		return new EventCriteria(now, null, false, null, null, null, null, null, null, null, null, null);
	}

	/** Events over at {@code now}, the latest first. */
	public static EventCriteria past(LocalDateTime now) {
		return new EventCriteria(null, now, true, null, null, null, null, null, null, null, null, null);
	}

	/** Events ending at or after {@code since}, the soonest first (calendar feeds). */
	public static EventCriteria endingFrom(LocalDateTime since) {
		return upcoming(since);
	}

	public EventCriteria theme(String slug) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, slug, this.audience,
				this.organisation, this.personId, this.type, this.modes, this.startsFrom, this.startsBefore, this.words);
	}

	public EventCriteria audience(String slug) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, slug,
				this.organisation, this.personId, this.type, this.modes, this.startsFrom, this.startsBefore, this.words);
	}

	public EventCriteria organisation(String slug) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience, slug,
				this.personId, this.type, this.modes, this.startsFrom, this.startsBefore, this.words);
	}

	public EventCriteria person(Long id) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience,
				this.organisation, id, this.type, this.modes, this.startsFrom, this.startsBefore, this.words);
	}

	public EventCriteria type(EventType eventType) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience,
				this.organisation, this.personId, eventType, this.modes, this.startsFrom, this.startsBefore,
				this.words);
	}

	public EventCriteria modes(List<AttendanceMode> attendanceModes) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience,
				this.organisation, this.personId, this.type, attendanceModes, this.startsFrom, this.startsBefore,
				this.words);
	}

	/**
	 * Events starting in {@code [from, before)}; either end may be {@code null}.
	 */
	public EventCriteria startingBetween(LocalDateTime from, LocalDateTime before) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience,
				this.organisation, this.personId, this.type, this.modes, from, before, this.words);
	}

	public EventCriteria words(List<String> all) {
		return new EventCriteria(this.endsFrom, this.endsBefore, this.latestFirst, this.theme, this.audience,
				this.organisation, this.personId, this.type, this.modes, this.startsFrom, this.startsBefore, all);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
