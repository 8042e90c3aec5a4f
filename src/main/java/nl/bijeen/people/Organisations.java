package nl.bijeen.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All organisations.
 */
interface Organisations extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Organisation> findAllByOrderByNameAsc();

}
