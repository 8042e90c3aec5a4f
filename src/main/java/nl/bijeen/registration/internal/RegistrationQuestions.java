package nl.bijeen.registration.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The events' own questions.
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
public interface RegistrationQuestions extends ListCrudRepository<RegistrationQuestion, Long> {

	List<RegistrationQuestion> findByEventIdOrderByPositionAscIdAsc(Long eventId);

}
