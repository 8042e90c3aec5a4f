package nl.bijeen.attendance;

import java.util.List;

import nl.bijeen.mail.Attachment;
import nl.bijeen.registration.PlaceMailAttachments;

import org.springframework.stereotype.Component;

/**
 * The QR code of the check-in code, attached to the confirmation and reminder mails as {@code aanmeldcode.png}.
 */
@Component
class CheckInCodeAttachment implements PlaceMailAttachments {

	static final String FILENAME = "aanmeldcode.png";

	private final CheckInCodes codes;

	CheckInCodeAttachment(CheckInCodes codes) {
		this.codes = codes;
	}

	@Override
	public List<Attachment> of(Long registrationId) {
		return List.of(new Attachment(FILENAME, "image/png", QrCodes.png(this.codes.of(registrationId))));
	}

}
