package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.mail.MailRecords;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the personal data of one registration and keeps what the figures need: event, status, attendance
 * mode, session choices, the answers to choice questions and the dates. Name, address, organisation, job
 * title, register number and free-text answers go; every personal link stops working; the mails about it that
 * are still in the outbox are deleted. The conditional update that marks it ({@code pseudonymised_at is null})
 * is the claim: when several instances try at once, exactly one does it. Other modules hear of it through
 * {@link nl.bijeen.registration.RegistrationPseudonymised}.
 */
@Component
public class Pseudonymiser {

	/** The reserved domain (RFC 2606) of the address a pseudonymised registration keeps; nothing is sent to it. */
	public static final String DOMAIN = "pseudoniem.invalid";

	private final JdbcClient jdbc;

	private final MailRecords mails;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Pseudonymiser(JdbcClient jdbc, MailRecords mails, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.mails = mails;
		this.transactions = transactions;
	}

	/**
	 * Pseudonymises the registration, in a transaction of its own.
	 * @return whether this call did it (false: it was done already, or does not exist)
	 */
	public boolean pseudonymise(long registrationId) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> now(registrationId)));
	}

	/**
	 * The registrations of the event that still hold personal data.
	 */
	public List<Long> withPersonalData(long eventId) {
		return this.jdbc.sql("select id from registration where event_id = :event and pseudonymised_at is null order by id")
			.param("event", eventId)
			.query(Long.class)
			.list();
	}

	/**
	 * The events with registrations that still hold personal data.
	 */
	public List<Long> eventsWithPersonalData() {
		return this.jdbc.sql("select distinct event_id from registration where pseudonymised_at is null")
			.query(Long.class)
			.list();
	}

	public static boolean isPseudonym(String email) {
		return email != null && email.endsWith("@" + DOMAIN);
	}

	private boolean now(long id) {
		int claimed = this.jdbc.sql("""
				update registration set email = :email, name = '', organisation = null, job_title = null,
				    register_name = null, registration_number = null, idempotency_key = null, token_hash = :hash,
				    newsletter_opt_in = false, pseudonymised_at = :now, version = version + 1
				where id = :id and pseudonymised_at is null""")
			.param("email", "deelnemer-" + id + "@" + DOMAIN)
			.param("hash", PersonalLinks.hash(PersonalLinks.newToken()))
			.param("now", Seating.now())
			.param("id", id)
			.update();
		if (claimed == 0) {
			return false;
		}
		this.jdbc.sql("delete from registration_link where registration_id = :id").param("id", id).update();
		this.jdbc.sql("""
				delete from registration_answer where registration_id = :id and question_id in
				    (select q.id from registration_question q where q.kind = 'TEXT')""")
			.param("id", id)
			.update();
		this.mails.forgetReferences("registration:" + id + ":");
		Long eventId = this.jdbc.sql("select event_id from registration where id = :id").param("id", id)
			.query(Long.class).single();
		this.events.publishEvent(new nl.bijeen.registration.RegistrationPseudonymised(id, eventId));
		return true;
	}

}
