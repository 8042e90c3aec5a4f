package nl.bijeen.registration;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.registration.internal.Capacities;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.SeatCounters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of a past edition for the demo, stored as they would have been at the time (their own creation
 * and cancellation times), without mails and without the registration window's checks; the place counters are
 * set to what is stored. For seeding only: an event's live registrations go through the registration service.
 */
@Service
public class RegistrationSeeds {

	private final JdbcClient jdbc;

	private final SeatCounters counters;

	private final RegistrationSettingsRepository settings;

	private final AccreditationRegisters registers;

	private final EventCatalog events;

	private final ProgrammeRows programme;

	RegistrationSeeds(JdbcClient jdbc, SeatCounters counters, RegistrationSettingsRepository settings,
			AccreditationRegisters registers, EventCatalog events, ProgrammeRows programme) {
		this.events = events;
		this.programme = programme;
		this.jdbc = jdbc;
		this.counters = counters;
		this.settings = settings;
		this.registers = registers;
	}

	/**
	 * Makes the event accredited with these points, for these registers, with points of their own per register.
	 */
	@Transactional
	public void accredit(Long eventId, int points, Map<String, Integer> pointsPerRegister) {
		RegistrationSettings current = this.settings.of(eventId);
		this.settings.save(new RegistrationSettings(eventId, current.waitingListEnabled(),
				current.secondChoiceEnabled(), current.approvalRequired(), current.offerHours(), true, points,
				String.join(",", pointsPerRegister.keySet()), current.reminderDays(),
				current.onlineLinkMinutesBefore(), current.version()));
		this.registers.setPoints(eventId, pointsPerRegister);
	}

	/**
	 * Stores these registrations of the event and sets its place counters (the way of attending each used, and
	 * every session chosen) to the places they hold.
	 * @return the new registrations' ids, in the order given
	 */
	@Transactional
	public List<Long> add(Long eventId, List<Seed> seeds) {
		List<Long> ids = new ArrayList<>();
		Map<String, Integer> held = new HashMap<>();
		Map<String, Long> sessionOf = new HashMap<>();
		for (Seed seed : seeds) {
			this.jdbc.sql("insert into registration (event_id, token_hash, email, name, organisation, job_title, "
					+ "locale, attendance, status, waitlisted_at, newsletter_opt_in, consent_at, register_name, "
					+ "registration_number, created_at, updated_at, cancelled_at) values (:event, :token, :email, :name, "
					+ ":organisation, :job, 'nl', :attendance, :status, :waitlisted, false, :created, :register, :number, "
					+ ":created, :updated, :cancelled)")
				.param("event", eventId)
				.param("token", PersonalLinks.hash(UUID.randomUUID().toString()))
				.param("email", seed.email())
				.param("name", seed.name())
				.param("organisation", seed.organisation())
				.param("job", seed.jobTitle())
				.param("attendance", seed.attendance().name())
				.param("status", seed.status().name())
				.param("waitlisted", seed.status() == Status.WAITLISTED ? seed.createdAt() : null, java.sql.Types.TIMESTAMP)
				.param("created", seed.createdAt())
				.param("register", seed.register(), java.sql.Types.VARCHAR)
				.param("number", seed.registrationNumber(), java.sql.Types.VARCHAR)
				.param("updated", seed.cancelledAt() != null ? seed.cancelledAt() : seed.createdAt())
				.param("cancelled", seed.cancelledAt(), java.sql.Types.TIMESTAMP)
				.update();
			Long id = lastId(eventId, seed.email());
			ids.add(id);
			if (seed.status() == Status.CONFIRMED) {
				held.merge(SeatCounters.name(seed.attendance()), 1, Integer::sum);
			}
			if (seed.sessionId() != null && seed.status() != Status.CANCELLED) {
				String choice = seed.status() == Status.CONFIRMED && !seed.sessionWaitlisted() ? "CONFIRMED" : "WAITLISTED";
				this.jdbc.sql("insert into registration_choice (registration_id, part_id, session_id, preference, status, "
						+ "waitlisted_at) values (?, ?, ?, 1, ?, ?)")
					.params(id, seed.partId(), seed.sessionId(), choice, seed.createdAt())
					.update();
				String counter = SeatCounters.name(seed.sessionId());
				sessionOf.put(counter, seed.sessionId());
				if (choice.equals("CONFIRMED")) {
					held.merge(counter, 1, Integer::sum);
				}
				else {
					held.putIfAbsent(counter, 0);
				}
			}
		}
		Event event = this.events.event(eventId).orElseThrow();
		Map<Long, Integer> capacities = new HashMap<>();
		this.programme.sessionsOf(eventId).forEach(s -> capacities.put(s.id(), s.capacity()));
		held.forEach((name, taken) -> {
			Long sessionId = sessionOf.get(name);
			Integer capacity = sessionId != null ? capacities.get(sessionId)
					: Capacities.capacity(event, Attendance.valueOf(name));
			this.counters.create(eventId, name, sessionId, capacity);
			this.jdbc.sql("update seat_counter set taken = ? where event_id = ? and name = ?")
				.params(taken, eventId, name)
				.update();
		});
		return ids;
	}

	private Long lastId(Long eventId, String email) {
		return this.jdbc.sql("select id from registration where event_id = ? and email = ?").params(eventId, email)
			.query(Long.class).single();
	}

	/** Where a seeded registration stands. */
	public enum Status {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	/**
	 * One registration to store.
	 *
	 * @param partId the round of the session chosen ({@code null}: none)
	 * @param sessionId the session chosen ({@code null}: none)
	 * @param sessionWaitlisted whether a confirmed participant waits for that session instead of holding a place in it
	 * @param register the accreditation register's code, or {@code null}
	 * @param cancelledAt when a cancelled registration was cancelled
	 */
	public record Seed(String name, String email, String organisation, String jobTitle, Attendance attendance,
			Status status, LocalDateTime createdAt, LocalDateTime cancelledAt, Long partId, Long sessionId,
			boolean sessionWaitlisted, String register, String registrationNumber) {

	}

}
