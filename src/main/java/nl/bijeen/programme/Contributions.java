package nl.bijeen.programme;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Who contributes to what.
 */
interface Contributions extends ListCrudRepository<Contribution, Long> {

	List<Contribution> findByEventIdOrderByPositionAscIdAsc(Long eventId);

	List<Contribution> findByPersonId(Long personId);

}
