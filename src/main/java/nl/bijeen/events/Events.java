package nl.bijeen.events;

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
	@Query("select e.* from event e join event_slug_history h on h.event_id = e.id where h.slug = :slug")
	Optional<Event> findByFormerSlug(String slug);

}
