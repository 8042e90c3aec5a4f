package nl.bijeen.registration.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Answers to the events' own questions.
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
public interface RegistrationAnswers extends ListCrudRepository<RegistrationAnswer, Long> {

	List<RegistrationAnswer> findByRegistrationId(Long registrationId);

	boolean existsByQuestionId(Long questionId);

	@Modifying
	@Query("delete from registration_answer where registration_id = :registrationId")
	void deleteByRegistration(Long registrationId);

}
