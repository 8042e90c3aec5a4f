package nl.bijeen.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All articles, drafts included.
 */
interface Articles extends ListCrudRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Article> findAllByOrderByUpdatedAtDesc();

}
