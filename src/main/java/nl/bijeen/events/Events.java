package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * All events, drafts included: callers that serve the public filter with {@link Event#isPublic()}.
 * <p>
 * Reads run in a read-only transaction: an event's organisers, themes and audiences are loaded while the
 * event's own row is being read, and without a transaction each of those queries would take a second
 * connection from the pool — under load every request would then wait for a connection it can never get.
 */
@Transactional(readOnly = true)
interface Events extends ListCrudRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Event> findAllByOrderByStartsAtDesc();

	/**
	 * The event that used to have this slug, for redirects after a rename.
	 */
	/**
	 * Events whose title matches a LIKE pattern (lower case), newest first.
	 */
	@Query("select * from event where lower(title) like :pattern order by starts_at desc")
	List<Event> findByTitleLike(String pattern);

	/**
	 * Events with a status whose title matches a LIKE pattern (lower case), newest first.
	 */
	@Query("select * from event where status = :status and lower(title) like :pattern order by starts_at desc")
	List<Event> findByStatusAndTitleLike(String status, String pattern);

	/**
	 * Public events that have not ended yet, soonest first.
	 */
	@Query("select * from event where status <> 'DRAFT' and ends_at >= :now order by starts_at limit 20")
	List<Event> findUpcoming(LocalDateTime now);

	/**
	 * Drafts, soonest first.
	 */
	@Query("select * from event where status = 'DRAFT' order by starts_at limit 50")
	List<Event> findDrafts();

	@Query("select e.* from event e join event_slug_history h on h.event_id = e.id where h.slug = :slug")
	Optional<Event> findByFormerSlug(String slug);

	/**
	 * Raises the calendar SEQUENCE without a new version of the event (see {@link CalendarSequence}).
	 */
	@Modifying
	@Transactional
	@Query("update event set ics_sequence = ics_sequence + 1, updated_at = :now where id = :id")
	int raiseIcsSequence(long id, LocalDateTime now);

}
