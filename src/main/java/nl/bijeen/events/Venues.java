package nl.bijeen.events;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All venues.
 */
interface Venues extends ListCrudRepository<Venue, Long> {

	List<Venue> findAllByOrderByNameAsc();

	/**
	 * The organisation's own venues and the shared ones, by name (only the shared ones for {@code null}).
	 */
	@Query("select * from venue where organisation_id is null or organisation_id = :organisationId order by name, id")
	List<Venue> findUsableBy(Long organisationId);

}
