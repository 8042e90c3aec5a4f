package nl.bijeen.registration.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers named people for test conferences and reads back what the database holds. Not a bean, so
 * that the tests share the application context of the other registration tests.
 */
class AdminFixtures {

	private final RegistrationService registrations;

	private final JdbcClient jdbc;

	AdminFixtures(RegistrationService registrations, JdbcClient jdbc) {
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	Long register(Conference c, String name, String email, String organisation, Long session,
			Map<Long, List<String>> answers) {
		Applicant applicant = new Applicant(name, email, organisation, "Sociaal werker", Locale.forLanguageTag("nl"),
				Attendance.VENUE, false, null, null);
		Map<Long, SessionPick> picks = c.round() == null || session == null ? Map.of()
				: Map.of(c.round().id(), new SessionPick(session, null));
		RegistrationResult result = this.registrations
			.register(new RegistrationRequest(c.event().getId(), applicant, true, picks, answers, null));
		return result.registrationId();
	}

	Long register(Conference c, String name, Long session) {
		return register(c, name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@example.org",
				"Gemeente Utrecht", session, Map.of());
	}

	String status(Long registrationId) {
		return this.jdbc.sql("select status from registration where id = ?").param(registrationId).query(String.class).single();
	}

	Long sessionOf(Long registrationId) {
		return this.jdbc.sql("select session_id from registration_choice where registration_id = ?")
			.param(registrationId)
			.query(Long.class)
			.single();
	}

	String choiceStatus(Long registrationId) {
		return this.jdbc.sql("select status from registration_choice where registration_id = ?")
			.param(registrationId)
			.query(String.class)
			.single();
	}

	int taken(Long eventId, String counter) {
		return this.jdbc.sql("select taken from seat_counter where event_id = ? and name = ?")
			.params(eventId, counter)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Whether every counter of the event equals the rows that hold its places, and none is above capacity.
	 */
	void assertCountersMatchRows(Long eventId) {
		List<String> wrong = this.jdbc.sql("""
				select s.name from seat_counter s where s.event_id = :eventId and (
				  (s.capacity is not null and s.taken > s.capacity)
				  or (s.session_id is null and s.taken <> (select count(*) from registration r where r.event_id = s.event_id
				      and r.attendance = s.name and r.status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED')))
				  or (s.session_id is not null and s.taken <> (select count(*) from registration_choice c
				      where c.session_id = s.session_id and c.status = 'CONFIRMED')))
				""").param("eventId", eventId).query(String.class).list();
		org.assertj.core.api.Assertions.assertThat(wrong).as("counters that do not match their rows").isEmpty();
	}

}
