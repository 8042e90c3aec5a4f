package nl.bijeen.registration.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The events' own questions.
 */
public interface RegistrationQuestions extends ListCrudRepository<RegistrationQuestion, Long> {

	List<RegistrationQuestion> findByEventIdOrderByPositionAscIdAsc(Long eventId);

}
