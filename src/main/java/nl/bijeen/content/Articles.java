package nl.bijeen.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All articles, drafts included.
 */
interface Articles extends ListCrudRepository<Article, Long> {

	/**
	 * The articles linked to the organisation, drafts included, last changed first.
	 */
	@Query("""
			select a.* from article a
			where exists (select 1 from article_organisation o where o.article_id = a.id and o.organisation_id = :organisationId)
			order by a.updated_at desc""")
	List<Article> findLinkedTo(long organisationId);

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Article> findAllByOrderByUpdatedAtDesc();

}
