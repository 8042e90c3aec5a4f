package nl.bijeen.registration.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Answers to the events' own questions.
 */
public interface RegistrationAnswers extends ListCrudRepository<RegistrationAnswer, Long> {

	List<RegistrationAnswer> findByRegistrationId(Long registrationId);

	boolean existsByQuestionId(Long questionId);

	@Modifying
	@Query("delete from registration_answer where registration_id = :registrationId")
	void deleteByRegistration(Long registrationId);

}
