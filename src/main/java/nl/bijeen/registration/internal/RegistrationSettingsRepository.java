package nl.bijeen.registration.internal;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The registration settings of the events that have their own; others use the defaults.
 * <p>
 * Public only because the registration module's own web, admin, mail and API packages use it; it lives in
 * {@code internal}, which no other module may use (ModularityTests): they go through the registration
 * module's services and read models ({@code Availability}, {@code PlacesSummaries}, ...).
 */
public interface RegistrationSettingsRepository extends ListCrudRepository<RegistrationSettings, Long> {

	default RegistrationSettings of(Long eventId) {
		return findById(eventId).orElseGet(() -> RegistrationSettings.defaults(eventId));
	}

}
