package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A change notice in the participant's language, for the mail templates: subject, introduction, what
 * changed (old and new, written out) and the organiser's personal message.
 */
record NoticeText(String subject, String intro, List<Line> lines, String message) {

	/**
	 * One change: its label, the old and the new value.
	 */
	record Line(String label, String oldValue, String newValue) {
	}

	static NoticeText of(ChangeNotices.StoredNotice notice, String eventTitle, MessageSource messages, Locale locale) {
		String key = "registration.mail.notice." + notice.kind().key();
		Object[] args = { eventTitle, notice.subject() != null ? notice.subject() : "" };
		List<Line> lines = notice.changes()
			.stream()
			.map(change -> new Line(messages.getMessage("registration.notice.field." + change.field().key(), null, locale),
					value(change.field(), change.oldValue(), messages, locale),
					value(change.field(), change.newValue(), messages, locale)))
			.toList();
		return new NoticeText(messages.getMessage(key + ".subject", args, locale),
				messages.getMessage(key + ".intro", args, locale), lines, notice.message());
	}

	private static String value(ChangeField field, String value, MessageSource messages, Locale locale) {
		if (value == null || value.isBlank()) {
			return messages.getMessage(field == ChangeField.WHEN ? "registration.notice.value.unknown"
					: "registration.notice.value.none", null, locale);
		}
		return switch (field) {
			case WHEN -> range(value, locale);
			case MODE -> messages.getMessage("event.mode." + value, null, value, locale);
			default -> value;
		};
	}

	private static String range(String value, Locale locale) {
		String[] times = value.split("/", 2);
		LocalDateTime start = LocalDateTime.parse(times[0]);
		LocalDateTime end = LocalDateTime.parse(times[1]);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		return day.format(start) + " – " + (start.toLocalDate().equals(end.toLocalDate()) ? time : day).format(end);
	}

}
