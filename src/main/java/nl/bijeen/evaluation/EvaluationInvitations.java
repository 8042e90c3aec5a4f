package nl.bijeen.evaluation;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.attendance.Presence;
import nl.bijeen.events.Event;
import nl.bijeen.mail.DeferredMail;
import nl.bijeen.mail.Outbox;
import nl.bijeen.registration.Accreditation;
import nl.bijeen.registration.Accreditations;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites everyone present at an event to its open evaluation once the event has ended, and reminds those who have
 * not answered once. Each participant's invitation is a row (unique per form and registration); each mail is claimed
 * with a conditional update in the transaction that queues it, so whatever the number of instances, jobs or clicks a
 * participant gets one invitation and at most one reminder.
 */
@Service
class EvaluationInvitations {

	/** An invitation as the participant's page and the mails see it. */
	record Invitation(Long id, Long formId, Long eventId, Long registrationId, LocalDateTime invitedAt,
			LocalDateTime remindedAt, LocalDateTime answeredAt) {

		boolean answered() {
			return this.answeredAt != null;
		}

	}

	private final JdbcClient jdbc;

	private final EvaluationForms forms;

	private final Presence presence;

	private final Accreditations accreditations;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final EvaluationProperties properties;

	EvaluationInvitations(JdbcClient jdbc, EvaluationForms forms, Presence presence, Accreditations accreditations,
			Outbox outbox, TransactionTemplate transactions, EvaluationProperties properties) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.presence = presence;
		this.accreditations = accreditations;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Invites those present who were not invited yet, when the event's form is open, the event has ended and answers
	 * are still taken; the number of invitations queued now.
	 */
	int invite(Long eventId) {
		Optional<EvaluationForm> found = this.forms.find(eventId);
		if (found.isEmpty() || !found.get().open()) {
			return 0;
		}
		EvaluationForm form = found.get();
		Event event = this.forms.event(eventId);
		if (!EvaluationForms.ended(event) || this.forms.closed(form, event)) {
			return 0;
		}
		Set<Long> present = this.presence.of(eventId);
		Map<Long, Accreditation> people = this.accreditations.of(eventId).stream()
			.filter(a -> present.contains(a.registrationId()))
			.collect(Collectors.toMap(Accreditation::registrationId, Function.identity()));
		Set<Long> known = new HashSet<>(this.jdbc.sql("select registration_id from evaluation_invitation where form_id = ?")
			.param(form.id()).query(Long.class).list());
		for (Long registrationId : people.keySet()) {
			if (!known.contains(registrationId)) {
				add(form, registrationId);
			}
		}
		Integer queued = this.transactions.execute(status -> {
			LocalDateTime now = EvaluationForms.now();
			int count = 0;
			for (Invitation invitation : pending(form.id(), "invited_at is null")) {
				Accreditation who = people.get(invitation.registrationId());
				if (who == null) {
					continue;
				}
				int claimed = this.jdbc.sql("update evaluation_invitation set invited_at = ? where id = ? "
						+ "and invited_at is null").params(now, invitation.id()).update();
				if (claimed == 1) {
					this.outbox.enqueue(new DeferredMail(who.email(), EvaluationMails.WRITER,
							EvaluationMails.INVITE + ":" + invitation.id(), "evaluation:" + invitation.id() + ":invite",
							who.locale(), eventId));
					count++;
				}
			}
			return count;
		});
		return (queued == null) ? 0 : queued;
	}

	/**
	 * Reminds, once, those invited at least {@code bijeen.evaluation.reminder-after} ago who have not answered, while
	 * the form takes answers; the number of reminders queued now.
	 */
	int remind(Long eventId) {
		Optional<EvaluationForm> found = this.forms.find(eventId);
		if (found.isEmpty() || !found.get().open()) {
			return 0;
		}
		EvaluationForm form = found.get();
		if (this.forms.closed(form, this.forms.event(eventId))) {
			return 0;
		}
		LocalDateTime before = EvaluationForms.now().minus(this.properties.getReminderAfter());
		Map<Long, Accreditation> people = this.accreditations.of(eventId).stream()
			.collect(Collectors.toMap(Accreditation::registrationId, Function.identity()));
		Integer queued = this.transactions.execute(status -> {
			LocalDateTime now = EvaluationForms.now();
			int count = 0;
			for (Invitation invitation : pending(form.id(),
					"reminded_at is null and answered_at is null and invited_at is not null")) {
				Accreditation who = people.get(invitation.registrationId());
				if (who == null || invitation.invitedAt().isAfter(before)) {
					continue;
				}
				int claimed = this.jdbc.sql("update evaluation_invitation set reminded_at = ? where id = ? "
						+ "and reminded_at is null and answered_at is null").params(now, invitation.id()).update();
				if (claimed == 1) {
					this.outbox.enqueue(new DeferredMail(who.email(), EvaluationMails.WRITER,
							EvaluationMails.REMIND + ":" + invitation.id(), "evaluation:" + invitation.id() + ":remind",
							who.locale(), eventId));
					count++;
				}
			}
			return count;
		});
		return (queued == null) ? 0 : queued;
	}

	Optional<Invitation> find(Long id) {
		return this.jdbc.sql("select id, form_id, event_id, registration_id, invited_at, reminded_at, answered_at "
				+ "from evaluation_invitation where id = ?").param(id).query(EvaluationInvitations::row).optional();
	}

	Optional<Invitation> of(Long eventId, Long registrationId) {
		return this.jdbc.sql("select id, form_id, event_id, registration_id, invited_at, reminded_at, answered_at "
				+ "from evaluation_invitation where event_id = ? and registration_id = ?").params(eventId, registrationId)
			.query(EvaluationInvitations::row).optional();
	}

	/** Invited, reminded and answered, for the organiser's page. */
	Counts counts(Long formId) {
		return this.jdbc.sql("select count(invited_at), count(reminded_at), count(answered_at) from evaluation_invitation "
				+ "where form_id = ?").param(formId)
			.query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
	}

	record Counts(int invited, int reminded, int answered) {
	}

	/** Forgets who was invited for this registration (erasure, end of retention). */
	int forget(Long registrationId) {
		return this.jdbc.sql("delete from evaluation_invitation where registration_id = ?").param(registrationId)
			.update();
	}

	private void add(EvaluationForm form, Long registrationId) {
		try {
			this.transactions.executeWithoutResult(status -> this.jdbc.sql("insert into evaluation_invitation "
					+ "(form_id, event_id, registration_id, created_at) values (?, ?, ?, ?)")
				.params(form.id(), form.eventId(), registrationId, EvaluationForms.now()).update());
		}
		catch (DuplicateKeyException ex) {
			// added at the same moment by another instance
		}
	}

	private List<Invitation> pending(Long formId, String condition) {
		return this.jdbc.sql("select id, form_id, event_id, registration_id, invited_at, reminded_at, answered_at "
				+ "from evaluation_invitation where form_id = ? and " + condition + " order by id").param(formId)
			.query(EvaluationInvitations::row).list();
	}

	private static Invitation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Invitation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), ts(rs.getTimestamp(5)),
				ts(rs.getTimestamp(6)), ts(rs.getTimestamp(7)));
	}

	private static LocalDateTime ts(java.sql.Timestamp t) {
		return (t == null) ? null : t.toLocalDateTime();
	}

}
