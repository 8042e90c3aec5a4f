package nl.bijeen.certificates;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import nl.bijeen.events.Event;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The date(s) and hours of an event as a certificate and its verification page state them.
 */
@Component
class CertificateFacts {

	private final MessageSource messages;

	CertificateFacts(MessageSource messages) {
		this.messages = messages;
	}

	/** "9 maart 2027", or "9 maart 2027 t/m 10 maart 2027" for an event of several days. */
	String dates(Event event, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		LocalDate first = event.getStartsAt().toLocalDate();
		LocalDate last = event.getEndsAt() == null ? first : event.getEndsAt().toLocalDate();
		if (!last.isAfter(first)) {
			return first.format(format);
		}
		return this.messages.getMessage("certificates.dates", new Object[] { first.format(format), last.format(format) },
				locale);
	}

	/**
	 * The hours, to the half hour: from start to end on a single day; over several days, the daily span (the end's
	 * time of day less the start's) times the number of days, as long events are held in the daytime.
	 */
	String hours(Event event, Locale locale) {
		LocalDateTime start = event.getStartsAt();
		LocalDateTime end = event.getEndsAt() == null ? start : event.getEndsAt();
		long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) + 1;
		Duration span = (days == 1) ? Duration.between(start, end)
				: Duration.between(start.toLocalTime(), end.toLocalTime()).multipliedBy(days);
		double hours = Math.max(0, Math.round(span.toMinutes() / 30.0) / 2.0);
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(1);
		return this.messages.getMessage("certificates.hoursValue", new Object[] { number.format(hours) }, locale);
	}

}
