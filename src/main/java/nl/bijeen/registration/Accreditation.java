package nl.bijeen.registration;

import java.util.List;
import java.util.Locale;

/**
 * A participant with a place, with what a certificate of attendance and the registers' presence list need.
 *
 * @param sessions the titles of the workshops they hold a place in, in programme order
 * @param register the register they chose, when the event is accredited and they chose one (else null)
 * @param registrationNumber their number in that register (null without a register)
 * @param points the points the event awards (for their register, or the event's points); null when not accredited
 */
public record Accreditation(Long registrationId, Long eventId, String name, String email, Locale locale,
		List<String> sessions, AccreditationRegister register, String registrationNumber, Integer points) {

	/** Whether the certificate names points in a register. */
	public boolean accredited() {
		return this.register != null && this.registrationNumber != null && this.points != null;
	}

}
