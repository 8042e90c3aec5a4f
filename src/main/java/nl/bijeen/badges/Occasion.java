package nl.bijeen.badges;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.events.Event;
import nl.bijeen.events.Venue;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.Timetable;
import nl.bijeen.registration.PlaceSelection;

/**
 * What a printout is about: an event with its programme and venue, and possibly one of its sessions.
 *
 * @param venue the event's venue, if it has one
 * @param session the session the printout is limited to, or {@code null} for the whole event
 */
record Occasion(Event event, Timetable timetable, Optional<Venue> venue, SessionView session) {

	/** Everyone with a place, or everyone with a place in the session. */
	PlaceSelection selection() {
		return (this.session == null) ? PlaceSelection.everyone(this.event.getId())
				: PlaceSelection.inSession(this.event.getId(), this.session.id());
	}

	/** The event's sessions by id. */
	Map<Long, SessionView> sessions() {
		Map<Long, SessionView> sessions = new HashMap<>();
		this.timetable.rounds().forEach(r -> r.sessions().forEach(s -> sessions.put(s.id(), s)));
		return sessions;
	}

	/** Whether the programme's rounds fall on more than one day. */
	boolean severalDays() {
		return this.timetable.rounds().stream().map(r -> r.startsAt().toLocalDate()).distinct().count() > 1;
	}

}
