package nl.bijeen.registration;

import java.util.Map;
import java.util.Optional;

/**
 * A section another module adds to the participant's personal page (the attendance module: the check-in code
 * and its QR code), without the registration module depending on it.
 */
public interface PersonalPageSection {

	/**
	 * The section for this participant, or empty when it does not apply.
	 * @param attendee the participant, when they have a place (null otherwise)
	 */
	Optional<Content> of(Long registrationId, Attendee attendee);

	/**
	 * A Thymeleaf fragment ({@code template :: fragment}) and the values it shows (as {@code section.values}).
	 */
	record Content(String template, String fragment, Map<String, Object> values) {

	}

}
