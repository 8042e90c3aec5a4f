package nl.bijeen.mail;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of the outbox someone may see and retry: all of it (platform administrators), or the mails about the
 * events an organisation organises (lead or co-organiser) and the mails to its accounts.
 *
 * @param everything whether the whole outbox may be seen
 * @param organisationId the reader's organisation (when not everything)
 * @param eventIds the events the reader's organisation organises (when not everything)
 */
record MailScope(boolean everything, Long organisationId, Set<Long> eventIds) {

	static final MailScope ALL = new MailScope(true, null, Set.of());

	/**
	 * The condition on {@code mail_outbox} that keeps a query within this scope, to follow a {@code where}; a
	 * condition that always holds for everything.
	 */
	String condition() {
		return this.everything ? "1 = 1" : "(event_id in (:scopeEvents) or organisation_id = :scopeOrganisation)";
	}

	/**
	 * The statement with the parameters of {@link #condition()} bound.
	 */
	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		if (this.everything) {
			return statement;
		}
		// An empty list is no valid SQL; no event has id -1.
		return statement.param("scopeEvents", this.eventIds.isEmpty() ? List.of(-1L) : List.copyOf(this.eventIds))
			.param("scopeOrganisation", this.organisationId);
	}

}
