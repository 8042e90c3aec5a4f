package nl.bijeen.agenda;

import java.time.YearMonth;
import java.util.List;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventType;

/**
 * What a visitor narrows the agenda down to; every part is optional ({@code null}: no restriction).
 *
 * @param theme slug of a theme
 * @param audience slug of an audience
 * @param type kind of event
 * @param mode how one wants to attend: {@link AttendanceMode#VENUE} and {@link AttendanceMode#ONLINE} include
 * hybrid events, {@link AttendanceMode#HYBRID} only hybrid ones
 * @param organisation slug of an (co-)organising organisation
 * @param month month in which the event starts
 * @param words words that must all occur in the title, subtitle or summary
 * @param personId a person contributing to the event
 */
public record AgendaFilter(String theme, String audience, EventType type, AttendanceMode mode, String organisation,
		YearMonth month, List<String> words, Long personId) {

	public static final AgendaFilter NONE = new AgendaFilter(null, null, null, null, null, null, List.of(), null);

	public AgendaFilter {
		words = words == null ? List.of() : List.copyOf(words);
	}

	public static AgendaFilter theme(String slug) {
		return new AgendaFilter(slug, null, null, null, null, null, List.of(), null);
	}

	public static AgendaFilter organisation(String slug) {
		return new AgendaFilter(null, null, null, null, slug, null, List.of(), null);
	}

	public static AgendaFilter person(long personId) {
		return new AgendaFilter(null, null, null, null, null, null, List.of(), personId);
	}

	/**
	 * The attendance modes that match {@link #mode()}.
	 */
	List<AttendanceMode> modes() {
		if (this.mode == null) {
			return List.of();
		}
		return switch (this.mode) {
			case VENUE -> List.of(AttendanceMode.VENUE, AttendanceMode.HYBRID);
			case ONLINE -> List.of(AttendanceMode.ONLINE, AttendanceMode.HYBRID);
			case HYBRID -> List.of(AttendanceMode.HYBRID);
		};
	}

}
