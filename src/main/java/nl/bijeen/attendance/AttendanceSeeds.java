package nl.bijeen.attendance;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Check-ins of a past edition for the demo, at the moment they happened then (the check-in screen and API stamp
 * the current time and record each in the audit log; seeding does neither).
 */
@Service
public class AttendanceSeeds {

	private final JdbcClient jdbc;

	AttendanceSeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Checks this registration in at the event's door at that moment. */
	public void checkIn(Long eventId, Long registrationId, LocalDateTime at) {
		this.jdbc.sql("insert into check_in (registration_id, event_id, checked_in_at, checked_in_by) values (?, ?, ?, 'demo')")
			.params(registrationId, eventId, at)
			.update();
	}

	/** Checks this registration in at a workshop (session) of the event at that moment. */
	public void checkInToSession(Long eventId, Long sessionId, Long registrationId, LocalDateTime at) {
		this.jdbc.sql("insert into session_attendance (registration_id, session_id, event_id, checked_in_at, checked_in_by) "
				+ "values (?, ?, ?, ?, 'demo')")
			.params(registrationId, sessionId, eventId, at)
			.update();
	}

}
