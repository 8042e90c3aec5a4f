package nl.bijeen.registration;

import java.util.Map;

/**
 * The places left for an event: per way of attending (on site, online) and per session.
 *
 * @param eventId the event
 * @param attendance the places per way of attending this event offers (one entry, two for hybrid events)
 * @param sessions the places per session id
 */
public record EventAvailability(Long eventId, Map<Attendance, Places> attendance, Map<Long, Places> sessions) {

	/**
	 * Whether every way of attending is full.
	 */
	public boolean full() {
		return !this.attendance.isEmpty() && this.attendance.values().stream().allMatch(Places::full);
	}

	public Places places(Attendance mode) {
		return this.attendance.getOrDefault(mode, Places.unlimited(0));
	}

	public Places session(Long sessionId) {
		return this.sessions.getOrDefault(sessionId, Places.unlimited(0));
	}

}
