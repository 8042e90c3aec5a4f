package nl.bijeen.registration.internal;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The registration settings of the events that have their own; others use the defaults.
 */
public interface RegistrationSettingsRepository extends ListCrudRepository<RegistrationSettings, Long> {

	default RegistrationSettings of(Long eventId) {
		return findById(eventId).orElseGet(() -> RegistrationSettings.defaults(eventId));
	}

}
