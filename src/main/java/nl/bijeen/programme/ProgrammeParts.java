package nl.bijeen.programme;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The programme parts of all events.
 */
interface ProgrammeParts extends ListCrudRepository<ProgrammePart, Long> {

	List<ProgrammePart> findByEventIdOrderByStartsAtAscIdAsc(Long eventId);

}
