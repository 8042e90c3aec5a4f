package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.Zones;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a {@link ChangeNotice} to the participants a change affects, through the outbox: the notice is
 * stored once, and each participant gets a deferred mail, written when it is sent in the participant's
 * language, saying what changed, with the updated calendar file (same UID, higher SEQUENCE) or, when the
 * event is cancelled, the calendar cancellation. Only active registrations are mailed (with a place,
 * waiting, awaiting approval or offered a place), never cancelled or rejected ones.
 */
@Component
public class ChangeNotices {

	private static final String ACTIVE = "r.status in ('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'OFFERED')";

	private static final int MAX_MESSAGE = 4000;

	private static final int MAX_VALUE = 1000;

	private final JdbcClient jdbc;

	private final RegistrationMailer mailer;

	ChangeNotices(JdbcClient jdbc, RegistrationMailer mailer) {
		this.jdbc = jdbc;
		this.mailer = mailer;
	}

	/**
	 * Mails the notice to everybody registered for the event.
	 * @return how many participants are mailed
	 */
	@Transactional
	public int toEvent(long eventId, ChangeNotice notice) {
		return send(eventId, notice, this.jdbc
			.sql("select r.id, r.email, r.locale from registration r where r.event_id = :eventId and " + ACTIVE
					+ " order by r.id")
			.param("eventId", eventId)
			.query(Recipient.class)
			.list());
	}

	/**
	 * Mails the notice to everybody who holds or waits for a place in the session.
	 * @return how many participants are mailed
	 */
	@Transactional
	public int toSession(long eventId, long sessionId, ChangeNotice notice) {
		return send(eventId, notice, this.jdbc
			.sql("select distinct r.id, r.email, r.locale from registration r join registration_choice c "
					+ "on c.registration_id = r.id where r.event_id = :eventId and c.session_id = :sessionId and "
					+ ACTIVE + " order by r.id")
			.param("eventId", eventId)
			.param("sessionId", sessionId)
			.query(Recipient.class)
			.list());
	}

	/**
	 * Mails the notice to the given registrations of the event; those no longer active are left out.
	 * @return how many participants are mailed
	 */
	@Transactional
	public int toRegistrations(long eventId, Collection<Long> registrationIds, ChangeNotice notice) {
		if (registrationIds.isEmpty()) {
			return 0;
		}
		return send(eventId, notice, this.jdbc
			.sql("select r.id, r.email, r.locale from registration r where r.event_id = :eventId and r.id in (:ids) and "
					+ ACTIVE + " order by r.id")
			.param("eventId", eventId)
			.param("ids", List.copyOf(registrationIds))
			.query(Recipient.class)
			.list());
	}

	/**
	 * How many participants a notice about the whole event would reach.
	 */
	@Transactional(readOnly = true)
	public int countForEvent(long eventId) {
		return this.jdbc.sql("select count(*) from registration r where r.event_id = :eventId and " + ACTIVE)
			.param("eventId", eventId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The stored notice, for the mail writer.
	 */
	Optional<StoredNotice> find(long noticeId) {
		Optional<StoredNotice> notice = this.jdbc
			.sql("select id, event_id, kind, subject, message from change_notice where id = :id")
			.param("id", noticeId)
			.query((rs, row) -> new StoredNotice(rs.getLong("id"), rs.getLong("event_id"),
					NoticeKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("message"),
					List.of()))
			.optional();
		return notice.map(n -> new StoredNotice(n.id(), n.eventId(), n.kind(), n.subject(), n.message(), this.jdbc
			.sql("select field, old_value, new_value from change_notice_item where notice_id = :id order by position")
			.param("id", noticeId)
			.query((rs, row) -> new Change(ChangeField.valueOf(rs.getString("field")), rs.getString("old_value"),
					rs.getString("new_value")))
			.list()));
	}

	private int send(long eventId, ChangeNotice notice, List<Recipient> recipients) {
		if (recipients.isEmpty()) {
			return 0;
		}
		long noticeId = store(eventId, notice);
		for (Recipient recipient : recipients) {
			this.mailer.sendNotice(recipient.id(), eventId, recipient.email(),
					Locale.forLanguageTag(recipient.locale()), noticeId);
		}
		return recipients.size();
	}

	private long store(long eventId, ChangeNotice notice) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into change_notice (event_id, kind, subject, message, created_at) "
					+ "values (:eventId, :kind, :subject, :message, :now)")
			.param("eventId", eventId)
			.param("kind", notice.kind().name())
			.param("subject", cut(notice.subject(), 300))
			.param("message", cut(notice.message(), MAX_MESSAGE))
			.param("now", LocalDateTime.now(Zones.AMSTERDAM))
			.update(key, "id");
		long noticeId = key.getKey().longValue();
		int position = 0;
		for (Change change : notice.changes()) {
			this.jdbc
				.sql("insert into change_notice_item (notice_id, position, field, old_value, new_value) "
						+ "values (:noticeId, :position, :field, :oldValue, :newValue)")
				.param("noticeId", noticeId)
				.param("position", position++)
				.param("field", change.field().name())
				.param("oldValue", cut(change.oldValue(), MAX_VALUE))
				.param("newValue", cut(change.newValue(), MAX_VALUE))
				.update();
		}
		return noticeId;
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * A notice as stored.
	 */
	record StoredNotice(long id, long eventId, NoticeKind kind, String subject, String message, List<Change> changes) {
	}

	/**
	 * A registration to mail.
	 */
	record Recipient(long id, String email, String locale) {
	}

}
