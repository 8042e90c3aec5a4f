package nl.bijeen.registration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.Zones;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.Pseudonymiser;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.web.BijeenProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The registrations an organiser may write to (module mailings): those with a place (CONFIRMED), optionally only
 * those holding a place in one session, or those on the waiting list (WAITLISTED). Never cancelled or refused
 * registrations, nor those whose data was erased. Read in registration id order, a page at a time (keyset), so a
 * mailing is resolved when it is sent; {@link #find} reads one again when its mail is written, and
 * {@link #personalLink} issues the personal link every mail to a registrant carries.
 */
@Service
public class MailingRecipients {

	private static final String COLUMNS = "select id, name, email, locale, status from registration ";

	private final JdbcClient jdbc;

	private final Registrations registrations;

	private final TransactionOperations transactions;

	private final BijeenProperties site;

	MailingRecipients(JdbcClient jdbc, Registrations registrations, TransactionOperations transactions,
			BijeenProperties site) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.transactions = transactions;
		this.site = site;
	}

	/** Which registrations: those with a place, or those waiting for one. */
	public enum Group {

		WITH_PLACE("CONFIRMED"), WAITING("WAITLISTED");

		private final String status;

		Group(String status) {
			this.status = status;
		}

	}

	/**
	 * One registrant to write to.
	 * @param waiting whether they are on the waiting list (else they have a place)
	 */
	public record Recipient(Long registrationId, String name, String email, Locale locale, boolean waiting) {
	}

	/** A session (workshop) of the event with the number of participants holding a place in it. */
	public record SessionPlaces(Long sessionId, String title, int places) {
	}

	/**
	 * The next page of the group after the registration id {@code after} (0: from the start), in id order.
	 * @param sessionId only those holding a place in this session ({@code null}: all of the group)
	 */
	public List<Recipient> page(Long eventId, Group group, Long sessionId, long after, int limit) {
		return this.jdbc.sql(COLUMNS + "where event_id = :event and status = :status and pseudonymised_at is null"
				+ " and id > :after" + session(sessionId) + " order by id limit :limit")
			.param("event", eventId)
			.param("status", group.status)
			.param("session", sessionId)
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> recipient(rs))
			.list();
	}

	/** The registration ids of the group, in id order (for counting and combining with presence). */
	public List<Long> ids(Long eventId, Group group, Long sessionId) {
		return this.jdbc.sql("select id from registration where event_id = :event and status = :status"
				+ " and pseudonymised_at is null" + session(sessionId) + " order by id")
			.param("event", eventId)
			.param("status", group.status)
			.param("session", sessionId)
			.query(Long.class)
			.list();
	}

	/**
	 * This registration of the event as it is now, while it has a place or waits for one (not cancelled, refused or
	 * erased).
	 */
	public Optional<Recipient> find(Long eventId, Long registrationId) {
		return this.jdbc.sql(COLUMNS + "where event_id = :event and id = :id and status in ('CONFIRMED', 'WAITLISTED')"
				+ " and pseudonymised_at is null")
			.param("event", eventId)
			.param("id", registrationId)
			.query((rs, n) -> recipient(rs))
			.optional()
			.filter(r -> !Pseudonymiser.isPseudonym(r.email()));
	}

	/** The sessions of the event in programme order, each with the places held in it. */
	public List<SessionPlaces> sessions(Long eventId) {
		return this.jdbc.sql("""
				select s.id, s.title, (select count(*) from registration_choice c join registration r
				  on r.id = c.registration_id where c.session_id = s.id and c.status = 'CONFIRMED'
				  and r.status = 'CONFIRMED') as places
				from session s join programme_part p on p.id = s.part_id
				where p.event_id = :event order by p.starts_at, p.id, s.id""")
			.param("event", eventId)
			.query((rs, n) -> new SessionPlaces(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/**
	 * Issues a personal link for the registration (only its hash is stored; links issued before keep working), as
	 * every mail to a registrant carries one.
	 */
	public String personalLink(Long registrationId) {
		String token = PersonalLinks.newToken();
		this.transactions.executeWithoutResult(status -> this.registrations.newToken(registrationId,
				PersonalLinks.hash(token), LocalDateTime.now(Zones.AMSTERDAM)));
		return this.site.getBaseUrl() + "/aanmelding/" + token;
	}

	private static String session(Long sessionId) {
		return (sessionId == null) ? "" : " and id in (select registration_id from registration_choice"
				+ " where session_id = :session and status = 'CONFIRMED')";
	}

	private static Recipient recipient(java.sql.ResultSet rs) throws java.sql.SQLException {
		String locale = rs.getString("locale");
		return new Recipient(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
				Locale.forLanguageTag(locale == null ? "nl" : locale), "WAITLISTED".equals(rs.getString("status")));
	}

}
