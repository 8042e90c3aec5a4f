package nl.bijeen.attendance;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.CheckInAnswer;
import nl.bijeen.registration.Attendees;
import nl.bijeen.registration.CheckInAnswers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import org.springframework.stereotype.Service;

/**
 * Checking participants in at the door, from any number of devices at once. Each call is its own short
 * statement (no surrounding transaction): the insert either makes the one check-in or meets the primary key,
 * and then the first check-in is read and returned as "already".
 */
@Service
public class CheckIns {

	private final JdbcClient jdbc;

	private final Attendees attendees;

	private final CheckInCodes codes;

	private final EventCatalog events;

	private final AuditLog audit;

	private final CheckInAnswers answers;

	CheckIns(JdbcClient jdbc, Attendees attendees, CheckInCodes codes, EventCatalog events, AuditLog audit,
			CheckInAnswers answers) {
		this.jdbc = jdbc;
		this.answers = answers;
		this.audit = audit;
		this.attendees = attendees;
		this.codes = codes;
		this.events = events;
	}

	/**
	 * Checks in the participant with this code.
	 * @throws UnknownCode when nobody with a place at this event has it
	 */
	public CheckIn byCode(Long eventId, String code, String by) {
		Long registrationId = this.codes.registration(code).orElseThrow(() -> new UnknownCode(eventId));
		return byRegistration(eventId, registrationId, by);
	}

	/**
	 * Checks in this registration (found by name on the check-in screen).
	 * @throws UnknownCode when it has no place at this event
	 */
	public CheckIn byRegistration(Long eventId, Long registrationId, String by) {
		Attendee attendee = this.attendees.find(eventId, registrationId).orElseThrow(() -> new UnknownCode(eventId));
		LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
		try {
			this.jdbc.sql("insert into check_in (registration_id, event_id, checked_in_at, checked_in_by) values (?, ?, ?, ?)")
				.params(registrationId, eventId, now, by)
				.update();
			this.audit.record(AuditAction.PARTICIPANT_CHECKED_IN, eventId, "registration " + registrationId, null);
			return new CheckIn(attendee, now, false, this.answers.of(registrationId), null);
		}
		catch (DuplicateKeyException ex) {
			return new CheckIn(attendee, checkedInAt(registrationId), true, this.answers.of(registrationId), null);
		}
	}

	/** Undoes a check-in (nothing happens when there was none); true when one was removed. */
	public boolean undo(Long eventId, Long registrationId) {
		event(eventId);
		boolean undone = this.jdbc.sql("delete from check_in where event_id = ? and registration_id = ?")
			.params(eventId, registrationId)
			.update() > 0;
		if (undone) {
			this.audit.record(AuditAction.PARTICIPANT_CHANGED, eventId, "registration " + registrationId,
					"check-in undone");
		}
		return undone;
	}

	/** Everyone with a place at the event, with their check-in code and arrival (viewing them is audited). */
	public Arrivals arrivals(Long eventId) {
		return arrivals(eventId, true);
	}

	/**
	 * Everyone with a place at the event, with their check-in code and arrival.
	 * @param audited false for the live refresh of a screen whose opening was audited already
	 */
	public Arrivals arrivals(Long eventId, boolean audited) {
		event(eventId);
		if (audited) {
			this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, null, "check-in");
		}
		Map<Long, LocalDateTime> times = new HashMap<>();
		this.jdbc.sql("select registration_id, checked_in_at from check_in where event_id = ?").param(eventId)
			.query((RowCallbackHandler) rs -> times.put(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime()));
		Map<Long, List<CheckInAnswer>> shown = this.answers.ofEvent(eventId);
		List<Arrival> all = this.attendees.of(eventId).stream()
			.map(a -> new Arrival(a, this.codes.of(a.registrationId()), times.get(a.registrationId()),
					shown.getOrDefault(a.registrationId(), List.of())))
			.toList();
		return new Arrivals(eventId, all);
	}

	/** The event, for the check-in screen. */
	public Event event(Long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	private LocalDateTime checkedInAt(Long registrationId) {
		return this.jdbc.sql("select checked_in_at from check_in where registration_id = ?").param(registrationId)
			.query(Timestamp.class).single().toLocalDateTime();
	}

}
