package nl.bijeen.certificates;

import java.util.Map;
import java.util.Optional;

import nl.bijeen.attendance.Presence;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.PersonalPageSection;

import org.springframework.stereotype.Component;

/**
 * The download of the certificate on the personal page, for participants who were present.
 */
@Component
class CertificateSection implements PersonalPageSection {

	private final Presence presence;

	CertificateSection(Presence presence) {
		this.presence = presence;
	}

	@Override
	public Optional<Content> of(Long registrationId, Attendee attendee) {
		if (attendee == null || !this.presence.present(attendee.eventId(), registrationId)) {
			return Optional.empty();
		}
		return Optional.of(new Content("certificates/personal", "certificate", Map.of()));
	}

}
