package nl.bijeen.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All people.
 */
interface People extends ListCrudRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Person> findAllByOrderByNameAsc();

	List<Person> findByOrganisationIdOrderByNameAsc(Long organisationId);

}
