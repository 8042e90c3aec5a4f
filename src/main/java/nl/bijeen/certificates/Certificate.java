package nl.bijeen.certificates;

import nl.bijeen.events.Event;
import nl.bijeen.registration.Accreditation;

/**
 * A certificate of attendance: the participant who was present, the event and the verification code.
 */
record Certificate(String code, Accreditation participant, Event event) {

	/** The code as printed and shown: groups of four separated by hyphens. */
	public String displayCode() {
		return CertificateCodes.display(this.code);
	}

}
