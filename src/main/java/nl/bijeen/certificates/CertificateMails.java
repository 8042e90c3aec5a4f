package nl.bijeen.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.Zones;
import nl.bijeen.mail.Attachment;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each participant who was present their certificate, once. The organiser's action claims each certificate
 * with a conditional update of {@code mailed_at} and queues a deferred mail in the same transaction (the outbox's
 * reference {@code certificate:<registration>} guards as well); the outbox's sender writes the PDF when it sends.
 */
@Component
class CertificateMails implements MailWriter {

	static final String WRITER = "certificate";

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final PeopleDirectory people;

	CertificateMails(Certificates certificates, CertificatePdf pdf, Outbox outbox, JdbcClient jdbc,
			TransactionTemplate transactions, MessageSource messages, PeopleDirectory people) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.messages = messages;
		this.people = people;
	}

	/** Queues the certificates of the event not mailed before; the number queued now. */
	int send(Long eventId) {
		List<Certificate> all = this.certificates.ofEvent(eventId);
		Integer queued = this.transactions.execute(status -> {
			LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
			int count = 0;
			for (Certificate c : all) {
				Long id = c.participant().registrationId();
				int claimed = this.jdbc.sql("update certificate set mailed_at = ? where registration_id = ? "
						+ "and mailed_at is null").params(now, id).update();
				if (claimed == 1) {
					this.outbox.enqueue(new DeferredMail(c.participant().email(), WRITER, eventId + ":" + id,
							"certificate:" + id, c.participant().locale(), eventId));
					count++;
				}
			}
			return count;
		});
		return queued == null ? 0 : queued;
	}

	/** How many of the event's certificates were mailed. */
	int mailed(Long eventId) {
		return this.jdbc.sql("select count(*) from certificate where event_id = ? and mailed_at is not null")
			.param(eventId).query(Integer.class).single();
	}

	@Override
	public String name() {
		return WRITER;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] ids = payload.split(":");
		return this.certificates.of(Long.valueOf(ids[0]), Long.valueOf(ids[1])).map(this::mail);
	}

	private OutgoingMail mail(Certificate c) {
		Locale locale = c.participant().locale();
		String title = c.event().getTitle();
		String text = this.messages.getMessage("certificates.mail.text", new Object[] { c.participant().name(), title,
				c.displayCode(), this.pdf.verificationUrl(c.code()) }, locale);
		Optional<Organisation> lead = c.event().leadOrganiserId().flatMap(this.people::organisation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.pdf.write(List.of(c), locale, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String filename = this.messages.getMessage("certificates.filename", null, locale) + "-"
				+ c.event().getSlug() + ".pdf";
		return OutgoingMail
			.of(c.participant().email(), c.participant().name(),
					this.messages.getMessage("certificates.mail.subject", new Object[] { title }, locale), text)
			.withLocale(locale)
			.withEvent(c.event().getId())
			.withSender(lead.map(Organisation::mailSender).orElse(null), lead.map(Organisation::replyTo).orElse(null))
			.withAttachment(new Attachment(filename, "application/pdf", out.toByteArray()));
	}

}
