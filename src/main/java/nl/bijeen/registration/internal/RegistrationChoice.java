package nl.bijeen.registration.internal;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The session a registration holds ({@link ChoiceStatus#CONFIRMED}) or waits for in one round. The
 * preference says whether it is the first or the second choice.
 */
@Table("registration_choice")
public record RegistrationChoice(@Id Long id, Long registrationId, Long partId, Long sessionId, int preference,
		Long secondSessionId, ChoiceStatus status, LocalDateTime waitlistedAt, @Version Integer version) {

	public static RegistrationChoice of(Long registrationId, Long partId, Long sessionId, int preference,
			Long secondSessionId, ChoiceStatus status, LocalDateTime now) {
		return new RegistrationChoice(null, registrationId, partId, sessionId, preference, secondSessionId, status,
				now, null);
	}

	public boolean confirmed() {
		return this.status == ChoiceStatus.CONFIRMED;
	}

}
