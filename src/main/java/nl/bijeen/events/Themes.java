package nl.bijeen.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All themes.
 */
interface Themes extends ListCrudRepository<Theme, Long> {

	Optional<Theme> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Theme> findAllByOrderByNameAsc();

}
