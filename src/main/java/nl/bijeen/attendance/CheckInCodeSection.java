package nl.bijeen.attendance;

import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.PersonalPageSection;

import org.springframework.stereotype.Component;

/**
 * The check-in code and its QR code on the personal page of everyone with a place.
 */
@Component
class CheckInCodeSection implements PersonalPageSection {

	private final CheckInCodes codes;

	CheckInCodeSection(CheckInCodes codes) {
		this.codes = codes;
	}

	@Override
	public Optional<Content> of(Long registrationId, Attendee attendee) {
		if (attendee == null) {
			return Optional.empty();
		}
		String code = this.codes.of(registrationId);
		return Optional.of(new Content("attendance/personal", "code",
				Map.of("code", CheckInCodes.display(code), "qr", QrCodes.dataUri(code))));
	}

}
