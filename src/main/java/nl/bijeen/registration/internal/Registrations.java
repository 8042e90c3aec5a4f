package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All registrations. Every change of status is a conditional update that names the status it expects, so
 * that two concurrent transactions can never both act on the same registration (one gets 0 rows).
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
public interface Registrations extends ListCrudRepository<Registration, Long> {

	/**
	 * The registration of a personal link: its first token, or any token issued to it later.
	 */
	@Query("select * from registration where token_hash = :tokenHash union all select r.* from registration r "
			+ "join registration_link l on l.registration_id = r.id where l.token_hash = :tokenHash limit 1")
	Optional<Registration> findByTokenHash(String tokenHash);

	Optional<Registration> findByEventIdAndEmail(Long eventId, String email);

	Optional<Registration> findByEventIdAndIdempotencyKey(Long eventId, String idempotencyKey);

	List<Registration> findByEventIdOrderByCreatedAtAscIdAsc(Long eventId);

	/**
	 * Row-locks the registration if it still has the expected status (0: it changed meanwhile).
	 */
	@Modifying
	@Query("update registration set updated_at = :now, version = version + 1 where id = :id and status = :expected")
	int lock(Long id, String expected, LocalDateTime now);

	@Modifying
	@Query("update registration set status = :to, updated_at = :now, version = version + 1 "
			+ "where id = :id and status = :expected")
	int transition(Long id, String expected, String to, LocalDateTime now);

	@Modifying
	@Query("update registration set status = :to, cancelled_at = :now, offer_expires_at = null, updated_at = :now, "
			+ "version = version + 1 where id = :id and status = :expected")
	int end(Long id, String expected, String to, LocalDateTime now);

	/**
	 * Promotes a waiting registration and issues it a new personal link (the earlier ones keep working).
	 */
	default int promote(Long id, String to, LocalDateTime offerExpiresAt, String tokenHash, LocalDateTime now) {
		int promoted = promote(id, to, offerExpiresAt, now);
		if (promoted == 1) {
			newToken(id, tokenHash, now);
		}
		return promoted;
	}

	@Modifying
	@Query("update registration set status = :to, offer_expires_at = :offerExpiresAt, "
			+ "updated_at = :now, version = version + 1 where id = :id and status = 'WAITLISTED'")
	int promote(Long id, String to, LocalDateTime offerExpiresAt, LocalDateTime now);

	@Modifying
	@Query("update registration set status = :to, offer_expires_at = null, updated_at = :now, version = version + 1 "
			+ "where id = :id and status = 'OFFERED' and offer_expires_at > :now")
	int acceptOffer(Long id, String to, LocalDateTime now);

	/**
	 * Issues one more personal link to the registration; the links issued before keep working.
	 */
	@Modifying
	@Query("insert into registration_link (token_hash, registration_id, issued_at) values (:tokenHash, :id, :now)")
	int newToken(Long id, String tokenHash, LocalDateTime now);

	/**
	 * The first people on the waiting list of an event for one way of attending, in order.
	 */
	@Query("select id from registration where event_id = :eventId and attendance = :attendance "
			+ "and status = 'WAITLISTED' order by waitlisted_at, id limit 50")
	List<Long> firstWaiting(Long eventId, String attendance);

	/**
	 * The position (1 = first) of a waiting registration on its event's waiting list.
	 */
	@Query("select count(*) from registration w where w.event_id = :eventId and w.attendance = :attendance "
			+ "and w.status = 'WAITLISTED' and (w.waitlisted_at < :at or (w.waitlisted_at = :at and w.id <= :id))")
	int waitingPosition(Long eventId, String attendance, LocalDateTime at, Long id);

	@Query("select id from registration where status = 'OFFERED' and offer_expires_at <= :now order by id")
	List<Long> expiredOffers(LocalDateTime now);

	@Query("select count(*) from registration where event_id = :eventId and status = :status")
	int countByStatus(Long eventId, String status);

	@Query("select id from registration where event_id = :eventId and status = 'CONFIRMED' "
			+ "and reminder_sent_at is null order by id")
	List<Long> awaitingReminder(Long eventId);

	@Query("select id from registration where event_id = :eventId and status = 'CONFIRMED' and attendance = 'ONLINE' "
			+ "and online_link_sent_at is null order by id")
	List<Long> awaitingOnlineLink(Long eventId);

	@Modifying
	@Query("update registration set reminder_sent_at = :now where id = :id and reminder_sent_at is null")
	int markReminded(Long id, LocalDateTime now);

	@Modifying
	@Query("update registration set online_link_sent_at = :now where id = :id and online_link_sent_at is null")
	int markOnlineLinkSent(Long id, LocalDateTime now);

}
