package nl.bijeen.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All audiences.
 */
interface Audiences extends ListCrudRepository<Audience, Long> {

	Optional<Audience> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Audience> findAllByOrderByNameAsc();

}
