package nl.bijeen.mailings;

/** A mailing being written (DRAFT), being queued in batches (SENDING) or queued in full (SENT). */
enum MailingStatus {

	DRAFT, SENDING, SENT

}
