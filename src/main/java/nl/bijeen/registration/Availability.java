package nl.bijeen.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.internal.Capacities;
import nl.bijeen.registration.internal.SeatCounters;

import org.springframework.stereotype.Service;

/**
 * The places left of an event and its sessions, e.g. for the public event page ("nog 4 plaatsen").
 * Capacities are the configured ones; the places taken come from the counters.
 */
@Service
public class Availability {

	private final EventCatalog events;

	private final ProgrammeRows programme;

	private final SeatCounters counters;

	Availability(EventCatalog events, ProgrammeRows programme, SeatCounters counters) {
		this.events = events;
		this.programme = programme;
		this.counters = counters;
	}

	public EventAvailability of(Long eventId) {
		Event event = this.events.event(eventId).orElseThrow(() -> new nl.bijeen.common.NotFoundException(
				"No event " + eventId));
		return of(event, this.programme.sessionsOf(eventId));
	}

	/**
	 * The places left of an event already at hand, for these of its sessions: only the counters are read.
	 */
	public EventAvailability of(Event event, Iterable<Session> eventSessions) {
		Map<String, Places> taken = this.counters.of(event.getId());
		Map<Attendance, Places> attendance = new LinkedHashMap<>();
		for (Attendance mode : Capacities.offered(event)) {
			attendance.put(mode, places(Capacities.capacity(event, mode), taken.get(SeatCounters.name(mode))));
		}
		Map<Long, Places> perSession = new LinkedHashMap<>();
		for (Session session : eventSessions) {
			perSession.put(session.id(), places(session.capacity(), taken.get(SeatCounters.name(session.id()))));
		}
		return new EventAvailability(event.getId(), attendance, perSession);
	}

	private static Places places(Integer capacity, Places counter) {
		return new Places(capacity, counter == null ? 0 : counter.taken());
	}

}
