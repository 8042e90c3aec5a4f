package nl.bijeen.registration.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The answer to one of the event's own questions; the options of a multiple choice question one per line.
 */
@Table("registration_answer")
public record RegistrationAnswer(@Id Long id, Long registrationId, Long questionId, String answer) {

}
