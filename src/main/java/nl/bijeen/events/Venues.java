package nl.bijeen.events;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All venues.
 */
interface Venues extends ListCrudRepository<Venue, Long> {

	List<Venue> findAllByOrderByNameAsc();

}
