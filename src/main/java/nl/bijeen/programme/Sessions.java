package nl.bijeen.programme;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The sessions of all rounds.
 */
interface Sessions extends ListCrudRepository<Session, Long> {

	List<Session> findByPartIdOrderByPositionAscIdAsc(Long partId);

	List<Session> findByEventIdOrderByPositionAscIdAsc(Long eventId);

}
