package nl.bijeen.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A mail to put in the {@link Outbox}. Build one with {@link #of} and the {@code with...} methods.
 *
 * @param to the recipient's address (address only, no display name)
 * @param toName the recipient's name, shown by mail programs; may be {@code null}
 * @param subject one line of at most 300 characters
 * @param text the plain text body, always sent (screen readers and simple mail programs use it)
 * @param html an HTML alternative of the same content, sent as given (render it from a template that escapes
 * what users typed); may be {@code null}
 * @param attachments files to send along; never {@code null}
 * @param reference identifies the logical mail, e.g. {@code registration:123:confirmation}: a mail with a
 * reference that is already in the outbox is not queued again. May be {@code null}.
 * @param locale language of the mail; may be {@code null}
 * @param fromName the name shown with the platform's sender address, e.g. the organising organisation;
 * {@code null}: the configured {@code bijeen.mail.from-name}
 * @param replyTo the address replies go to; {@code null}: the configured {@code bijeen.mail.reply-to}
 * @param eventId the event the mail is about, so that its organisations' administrators see it in the outbox;
 * may be {@code null}
 * @param organisationId the organisation of the account the mail goes to (invitations, password resets), so that
 * its administrators see it in the outbox; may be {@code null}
 * @param headers extra header lines (name to value, in order), only {@code List-*} headers (RFC 2369, RFC 8058)
 * and {@code X-*} ones, each value one line; never {@code null}
 */
public record OutgoingMail(String to, String toName, String subject, String text, String html,
		List<Attachment> attachments, String reference, Locale locale, String fromName, String replyTo, Long eventId,
		Long organisationId, Map<String, String> headers) {

	/** The names of the extra headers a mail may carry: the list headers and private ones. */
	private static final Pattern HEADER_NAME = Pattern.compile("(List|X)-[A-Za-z0-9-]{1,60}");

	public OutgoingMail {
		to = checkAddress(to);
		toName = checkLine(toName, 200, "toName");
		subject = checkLine(subject, 300, "subject");
		if (subject == null) {
			throw new IllegalArgumentException("A mail needs a subject");
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A mail needs a plain text body");
		}
		html = (html == null || html.isBlank()) ? null : html;
		attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
		reference = checkLine(reference, 200, "reference");
		fromName = checkLine(fromName, 200, "fromName");
		replyTo = (replyTo == null || replyTo.isBlank()) ? null : checkAddress(replyTo);
		headers = checkHeaders(headers);
	}

	/**
	 * A mail with no extra headers.
	 */
	public OutgoingMail(String to, String toName, String subject, String text, String html,
			List<Attachment> attachments, String reference, Locale locale, String fromName, String replyTo, Long eventId,
			Long organisationId) {
		this(to, toName, subject, text, html, attachments, reference, locale, fromName, replyTo, eventId, organisationId,
				Map.of());
	}

	/**
	 * A mail about no event in particular.
	 */
	public OutgoingMail(String to, String toName, String subject, String text, String html,
			List<Attachment> attachments, String reference, Locale locale, String fromName, String replyTo) {
		this(to, toName, subject, text, html, attachments, reference, locale, fromName, replyTo, null, null);
	}

	/**
	 * A mail sent with the configured sender name and reply-to address.
	 */
	public OutgoingMail(String to, String toName, String subject, String text, String html,
			List<Attachment> attachments, String reference, Locale locale) {
		this(to, toName, subject, text, html, attachments, reference, locale, null, null);
	}

	public static OutgoingMail of(String to, String toName, String subject, String text) {
		return new OutgoingMail(to, toName, subject, text, null, List.of(), null, null);
	}

	/**
	 * This mail in the name of someone else than the platform: the platform's address stays the sender
	 * address, the name shown with it and the reply-to address change ({@code null}: the configured ones).
	 */
	public OutgoingMail withSender(String fromName, String replyTo) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments,
				this.reference, this.locale, fromName, replyTo, this.eventId, this.organisationId, this.headers);
	}

	public OutgoingMail withHtml(String html) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, html, this.attachments, this.reference,
				this.locale, this.fromName, this.replyTo, this.eventId, this.organisationId, this.headers);
	}

	public OutgoingMail withAttachment(Attachment attachment) {
		List<Attachment> all = new ArrayList<>(this.attachments);
		all.add(attachment);
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, all, this.reference,
				this.locale, this.fromName, this.replyTo, this.eventId, this.organisationId, this.headers);
	}

	public OutgoingMail withReference(String reference) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments, reference,
				this.locale, this.fromName, this.replyTo, this.eventId, this.organisationId, this.headers);
	}

	public OutgoingMail withLocale(Locale locale) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments,
				this.reference, locale, this.fromName, this.replyTo, this.eventId, this.organisationId, this.headers);
	}

	/**
	 * This mail as one about the given event: the administrators of the organisations that organise it see it
	 * in the outbox.
	 */
	public OutgoingMail withEvent(Long eventId) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments,
				this.reference, this.locale, this.fromName, this.replyTo, eventId, this.organisationId, this.headers);
	}

	/**
	 * This mail as one to an account of the given organisation: its administrators see it in the outbox.
	 */
	public OutgoingMail withOrganisation(Long organisationId) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments,
				this.reference, this.locale, this.fromName, this.replyTo, this.eventId, organisationId, this.headers);
	}

	/**
	 * This mail with an extra header line, e.g. {@code List-Unsubscribe}: only {@code List-*} and {@code X-*}
	 * headers, the value one line.
	 */
	public OutgoingMail withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new OutgoingMail(this.to, this.toName, this.subject, this.text, this.html, this.attachments,
				this.reference, this.locale, this.fromName, this.replyTo, this.eventId, this.organisationId, all);
	}

	private static Map<String, String> checkHeaders(Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return Map.of();
		}
		Map<String, String> checked = new LinkedHashMap<>();
		headers.forEach((name, value) -> {
			if (name == null || !HEADER_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Only List-* and X-* headers may be added: " + name);
			}
			checked.put(name, checkLine(value, 900, name));
		});
		if (checked.containsValue(null)) {
			throw new IllegalArgumentException("A header needs a value");
		}
		return java.util.Collections.unmodifiableMap(checked);
	}

	private static String checkAddress(String to) {
		if (to == null || to.isBlank() || to.length() > 320) {
			throw new IllegalArgumentException("A mail needs a recipient address");
		}
		String address = to.strip();
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			if (!address.equals(parsed.getAddress())) {
				throw new AddressException("display name or comment in address", address);
			}
			return address;
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not a valid mail address: " + address, ex);
		}
	}

	private static String checkLine(String value, int maxLength, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String line = value.strip();
		if (line.length() > maxLength || line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(name + " must be one line of at most " + maxLength + " characters");
		}
		return line;
	}

}
