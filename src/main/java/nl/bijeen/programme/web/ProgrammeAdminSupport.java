package nl.bijeen.programme.web;

import java.time.LocalDate;
import java.util.List;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.Session;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.TimetablePart;

import org.springframework.stereotype.Component;

/**
 * Looks up what the admin pages of the programme show, checking that parts and sessions belong to the
 * event in the URL ({@link NotFoundException} otherwise).
 */
@Component
class ProgrammeAdminSupport {

	static final String BASE = "/admin/events/{eventId}/programme";

	private final EventCatalog events;

	private final Programmes programmes;

	private final ProgrammeRows rows;

	ProgrammeAdminSupport(EventCatalog events, Programmes programmes, ProgrammeRows rows) {
		this.events = events;
		this.programmes = programmes;
		this.rows = rows;
	}

	Event event(long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	TimetablePart part(long eventId, long partId) {
		return this.programmes.of(eventId)
			.parts()
			.stream()
			.filter(p -> p.id() == partId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No part " + partId + " in event " + eventId));
	}

	SessionView session(long eventId, long sessionId) {
		return this.programmes.session(sessionId)
			.filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No session " + sessionId + " in event " + eventId));
	}

	/**
	 * The stored version of a part, for detecting changes by someone else.
	 */
	Integer versionOfPart(long partId) {
		return this.rows.part(partId).map(ProgrammePart::version).orElse(null);
	}

	Integer versionOfSession(long sessionId) {
		return this.rows.session(sessionId).map(Session::version).orElse(null);
	}

	/**
	 * The days on which the event takes place, for choosing the day of a part.
	 */
	static List<LocalDate> days(Event event) {
		LocalDate first = event.getStartsAt().toLocalDate();
		LocalDate last = event.getEndsAt().toLocalDate();
		return first.datesUntil(last.plusDays(1)).limit(31).toList();
	}

	static String overview(long eventId) {
		return "redirect:/admin/events/" + eventId + "/programme";
	}

}
