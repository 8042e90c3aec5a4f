package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.common.Zones;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminder (the set number of days before the start) and, for online participants, the meeting
 * link (the set minutes before the start), each once per registration: a conditional update marks it as
 * sent in the same transaction that puts the mail in the outbox.
 */
@Component
class ScheduledMails {

	private final JdbcClient jdbc;

	private final Registrations registrations;

	private final RegistrationSettingsRepository settings;

	private final RegistrationMailer mailer;

	private final TransactionTemplate transactions;

	private final RegistrationProperties properties;

	ScheduledMails(JdbcClient jdbc, Registrations registrations, RegistrationSettingsRepository settings,
			RegistrationMailer mailer, TransactionTemplate transactions, RegistrationProperties properties) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.settings = settings;
		this.mailer = mailer;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${bijeen.registration.job-interval:PT1M}", initialDelayString = "PT45S")
	void scheduled() {
		if (this.properties.isJobsEnabled()) {
			send(LocalDateTime.now(Zones.AMSTERDAM));
		}
	}

	/**
	 * Sends the reminders and meeting links due at the given moment.
	 * @return how many mails were queued
	 */
	int send(LocalDateTime now) {
		int sent = 0;
		for (EventStart event : upcoming(now)) {
			RegistrationSettings settings = this.settings.of(event.id());
			if (!now.isBefore(event.startsAt().minusDays(settings.reminderDays()))) {
				sent += sendOnce(this.registrations.awaitingReminder(event.id()), MailKind.REMINDER, now);
			}
			if (event.online() && !now.isBefore(event.startsAt().minusMinutes(settings.onlineLinkMinutesBefore()))) {
				sent += sendOnce(this.registrations.awaitingOnlineLink(event.id()), MailKind.ONLINE_LINK, now);
			}
		}
		return sent;
	}

	private int sendOnce(List<Long> ids, MailKind kind, LocalDateTime now) {
		int sent = 0;
		for (Long id : ids) {
			Boolean queued = this.transactions.execute(status -> {
				int marked = kind == MailKind.REMINDER ? this.registrations.markReminded(id, now)
						: this.registrations.markOnlineLinkSent(id, now);
				if (marked == 1) {
					this.mailer.send(id, kind, true);
				}
				return marked == 1;
			});
			sent += Boolean.TRUE.equals(queued) ? 1 : 0;
		}
		return sent;
	}

	private List<EventStart> upcoming(LocalDateTime now) {
		return this.jdbc.sql("select id, starts_at, attendance_mode from event where status = 'PUBLISHED' "
				+ "and starts_at > :now and starts_at <= :horizon")
			.param("now", now)
			.param("horizon", now.plusDays(31))
			.query((rs, row) -> new EventStart(rs.getLong("id"), rs.getObject("starts_at", LocalDateTime.class),
					!"VENUE".equals(rs.getString("attendance_mode"))))
			.list();
	}

	record EventStart(Long id, LocalDateTime startsAt, boolean online) {
	}

}
