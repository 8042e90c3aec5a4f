package nl.bijeen.attendance;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.SessionView;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;
import nl.bijeen.registration.CheckInAnswer;
import nl.bijeen.registration.CheckInAnswers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Attendance per workshop (session), the same way as at the door: by code or by name, from several devices
 * at once. Only participants with a confirmed place in the session can be checked in to it; the primary key of
 * {@code session_attendance} makes one row per person and session, and a second scan answers "already".
 */
@Service
public class SessionCheckIns {

	private final JdbcClient jdbc;

	private final Attendees attendees;

	private final CheckInCodes codes;

	private final Programmes programmes;

	private final CheckInAnswers answers;

	private final AuditLog audit;

	SessionCheckIns(JdbcClient jdbc, Attendees attendees, CheckInCodes codes, Programmes programmes,
			CheckInAnswers answers, AuditLog audit) {
		this.jdbc = jdbc;
		this.attendees = attendees;
		this.codes = codes;
		this.programmes = programmes;
		this.answers = answers;
		this.audit = audit;
	}

	/**
	 * Checks the participant with this code in to the session.
	 * @throws UnknownCode when nobody with a place in this session has it
	 * @throws NotFoundException when the session is not one of the event's
	 */
	public CheckIn byCode(Long eventId, Long sessionId, String code, String by) {
		session(eventId, sessionId);
		Long registrationId = this.codes.registration(code).orElseThrow(() -> new UnknownCode(eventId));
		return byRegistration(eventId, sessionId, registrationId, by);
	}

	/**
	 * Checks this registration in to the session.
	 * @throws UnknownCode when it has no place in this session
	 */
	public CheckIn byRegistration(Long eventId, Long sessionId, Long registrationId, String by) {
		session(eventId, sessionId);
		Attendee attendee = this.attendees.ofSession(eventId, sessionId).stream()
			.filter(a -> a.registrationId().equals(registrationId))
			.findFirst()
			.orElseThrow(() -> new UnknownCode(eventId));
		LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
		try {
			this.jdbc.sql("insert into session_attendance (registration_id, session_id, event_id, checked_in_at, "
					+ "checked_in_by) values (?, ?, ?, ?, ?)")
				.params(registrationId, sessionId, eventId, now, by)
				.update();
			this.audit.record(AuditAction.PARTICIPANT_CHECKED_IN, eventId, "registration " + registrationId,
					"session " + sessionId);
			return new CheckIn(attendee, now, false, this.answers.of(registrationId), sessionId);
		}
		catch (DuplicateKeyException ex) {
			return new CheckIn(attendee, checkedInAt(registrationId, sessionId), true, this.answers.of(registrationId),
					sessionId);
		}
	}

	/** Undoes a check-in to the session (nothing happens when there was none); true when one was removed. */
	public boolean undo(Long eventId, Long sessionId, Long registrationId) {
		session(eventId, sessionId);
		boolean undone = this.jdbc.sql("delete from session_attendance where session_id = ? and registration_id = ?")
			.params(sessionId, registrationId)
			.update() > 0;
		if (undone) {
			this.audit.record(AuditAction.PARTICIPANT_CHANGED, eventId, "registration " + registrationId,
					"session " + sessionId + " check-in undone");
		}
		return undone;
	}

	/**
	 * Everyone with a confirmed place in the session, with their code and arrival there.
	 * @param audited false for the live refresh of a screen whose opening was audited already
	 */
	public Arrivals arrivals(Long eventId, Long sessionId, boolean audited) {
		session(eventId, sessionId);
		if (audited) {
			this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, null, "check-in session " + sessionId);
		}
		Map<Long, LocalDateTime> times = new HashMap<>();
		this.jdbc.sql("select registration_id, checked_in_at from session_attendance where session_id = ?")
			.param(sessionId)
			.query((RowCallbackHandler) rs -> times.put(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime()));
		Map<Long, List<CheckInAnswer>> shown = this.answers.ofEvent(eventId);
		List<Arrival> all = this.attendees.ofSession(eventId, sessionId).stream()
			.map(a -> new Arrival(a, this.codes.of(a.registrationId()), times.get(a.registrationId()),
					shown.getOrDefault(a.registrationId(), List.of())))
			.toList();
		return new Arrivals(eventId, all);
	}

	/** The event's sessions (workshops), in programme order, for the choice on the check-in screen. */
	public List<SessionView> sessions(Long eventId) {
		return this.programmes.sessionsOfEvent(eventId);
	}

	/**
	 * The session, when it belongs to the event.
	 * @throws NotFoundException otherwise
	 */
	public SessionView session(Long eventId, Long sessionId) {
		return this.programmes.session(sessionId)
			.filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No session " + sessionId + " at event " + eventId));
	}

	private LocalDateTime checkedInAt(Long registrationId, Long sessionId) {
		return this.jdbc.sql("select checked_in_at from session_attendance where registration_id = ? and session_id = ?")
			.params(registrationId, sessionId)
			.query(Timestamp.class).single().toLocalDateTime();
	}

}
