package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The session choices of all registrations; changes are conditional updates like in {@link Registrations}.
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
public interface RegistrationChoices extends ListCrudRepository<RegistrationChoice, Long> {

	List<RegistrationChoice> findByRegistrationIdOrderByPartIdAsc(Long registrationId);

	@Modifying
	@Query("delete from registration_choice where registration_id = :registrationId")
	void deleteByRegistration(Long registrationId);

	/**
	 * The first choices waiting for a place in a session, of registrations that hold a place at the event.
	 */
	@Query("select c.id from registration_choice c join registration r on r.id = c.registration_id "
			+ "where c.session_id = :sessionId and c.status = 'WAITLISTED' "
			+ "and r.status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED') order by c.waitlisted_at, c.id limit 50")
	List<Long> firstWaitingFor(Long sessionId);

	@Modifying
	@Query("update registration_choice set session_id = :sessionId, preference = :preference, status = :status, "
			+ "waitlisted_at = :now, version = version + 1 where id = :id and session_id = :expectedSessionId "
			+ "and status = :expectedStatus")
	int move(Long id, Long expectedSessionId, String expectedStatus, Long sessionId, int preference, String status,
			LocalDateTime now);

	@Modifying
	@Query("update registration_choice set status = 'CONFIRMED', version = version + 1 "
			+ "where id = :id and session_id = :sessionId and status = 'WAITLISTED'")
	int seat(Long id, Long sessionId);

	@Query("select count(*) from registration_choice c join registration r on r.id = c.registration_id "
			+ "where c.session_id = :sessionId and c.status = 'WAITLISTED' "
			+ "and (c.waitlisted_at < :at or (c.waitlisted_at = :at and c.id <= :id))")
	int waitingPosition(Long sessionId, LocalDateTime at, Long id);

	/**
	 * The choices of active registrations for a session: those holding a place first, then those waiting,
	 * each in the order they chose it.
	 */
	@Query("select c.* from registration_choice c join registration r on r.id = c.registration_id "
			+ "where c.session_id = :sessionId and r.status not in ('CANCELLED', 'REJECTED') "
			+ "order by case when c.status = 'CONFIRMED' then 0 else 1 end, c.waitlisted_at, c.id")
	List<RegistrationChoice> holdersOf(Long sessionId);

	/**
	 * How many active registrations hold a place in a session ({@code CONFIRMED}) or wait for one.
	 */
	@Query("select count(*) from registration_choice c join registration r on r.id = c.registration_id "
			+ "where c.session_id = :sessionId and c.status = :status and r.status not in ('CANCELLED', 'REJECTED')")
	int countHolders(Long sessionId, String status);

	/**
	 * Moves a choice out of a session that is removed, if it is still there.
	 */
	@Modifying
	@Query("update registration_choice set session_id = :sessionId, preference = :preference, "
			+ "second_session_id = :secondSessionId, status = :status, waitlisted_at = :waitlistedAt, "
			+ "version = version + 1 where id = :id and session_id = :removedSessionId")
	int relocate(Long id, Long removedSessionId, Long sessionId, int preference, Long secondSessionId, String status,
			LocalDateTime waitlistedAt);

}
