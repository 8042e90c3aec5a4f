package nl.bijeen.mail;

import java.util.Locale;

/**
 * A mail for the {@link Outbox} whose content is written only when it is sent, by the {@link MailWriter} of
 * the given name. Queue one where writing the content is costly (templates, attachments) and the user
 * should not wait for it: the row is stored in the caller's transaction all the same.
 *
 * @param to the recipient's address, shown to organisers while the mail waits
 * @param writer the {@link MailWriter#name() name} of the writer that writes the content
 * @param payload what the writer needs to write the mail (at most 1000 characters), e.g. ids
 * @param reference identifies the logical mail, as in {@link OutgoingMail#reference()}
 * @param locale language of the mail; may be {@code null}
 * @param eventId the event the mail is about, so that its organisations' administrators see it in the outbox;
 * may be {@code null}
 */
public record DeferredMail(String to, String writer, String payload, String reference, Locale locale, Long eventId) {

	public DeferredMail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient address");
		}
		if (writer == null || writer.isBlank() || writer.length() > 40) {
			throw new IllegalArgumentException("A deferred mail needs the name of its writer");
		}
		if (payload != null && payload.length() > 1000) {
			throw new IllegalArgumentException("The payload of a deferred mail is at most 1000 characters");
		}
		if (reference != null && (reference.length() > 200 || reference.isBlank())) {
			throw new IllegalArgumentException("reference must be at most 200 characters");
		}
	}

	/**
	 * A deferred mail about no event in particular.
	 */
	public DeferredMail(String to, String writer, String payload, String reference, Locale locale) {
		this(to, writer, payload, reference, locale, null);
	}

}
