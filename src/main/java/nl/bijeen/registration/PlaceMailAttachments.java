package nl.bijeen.registration;

import java.util.List;

import nl.bijeen.mail.Attachment;

/**
 * Attachments another module adds to the mails that carry the calendar file of someone with a place
 * (confirmation, reminder): the attendance module adds the QR code of the check-in code.
 */
public interface PlaceMailAttachments {

	/** The attachments for this registration, which has a place (CONFIRMED). */
	List<Attachment> of(Long registrationId);

}
