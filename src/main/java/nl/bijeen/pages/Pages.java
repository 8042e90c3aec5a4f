package nl.bijeen.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All content pages.
 */
interface Pages extends ListCrudRepository<Page, Long> {

	Optional<Page> findBySlug(String slug);

	List<Page> findAllByOrderBySlugAsc();

}
