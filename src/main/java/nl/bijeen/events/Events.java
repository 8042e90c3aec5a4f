package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All events, drafts included: callers that serve the public filter with {@link Event#isPublic()}.
 */
public interface Events extends ListCrudRepository<Event, Long> {

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

}
