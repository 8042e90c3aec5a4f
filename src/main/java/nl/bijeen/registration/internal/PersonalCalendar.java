package nl.bijeen.registration.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCalendars;
import nl.bijeen.events.EventStatus;

/**
 * The participant's own calendar file (RFC 5545, ical4j): the event's stable UID and SEQUENCE, a VTIMEZONE
 * and times with TZID, the chosen sessions, and for online participants the meeting link once it may be
 * shown (public calendars never contain it).
 */
public final class PersonalCalendar {

	public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	private PersonalCalendar() {
	}

	/**
	 * @param sessions the chosen sessions, one per line (may be empty)
	 * @param meetingLink the meeting link for an online participant within the window before the start in
	 * which it is shown, else {@code null}
	 * @param personalUrl the personal link, or {@code null}
	 * @param location the venue on one line, or {@code null} when online
	 */
	public static byte[] of(Event event, String sessions, String meetingLink, String personalUrl, String location) {
		ZoneId zone = ZoneId.of(event.getTimeZone());
		Calendar calendar = new Calendar().withProdId("-//bijeen//bijeen registration//NL")
			.withDefaults()
			.withProperty(new Method(Method.VALUE_PUBLISH))
			.getFluentTarget();
		// The zone's VTIMEZONE labelled with the TZID the times carry (the registry files Amsterdam under Brussels).
		calendar.add(EventCalendars.timeZone(event.getTimeZone()));
		VEvent vevent = new VEvent(false);
		vevent.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		vevent.add(new Uid(event.getUid()));
		vevent.add(new Sequence(event.getIcsSequence()));
		vevent.add(new DtStart<>(event.getStartsAt().atZone(zone)));
		vevent.add(new DtEnd<>(event.getEndsAt().atZone(zone)));
		vevent.add(new Summary(event.getTitle()));
		StringBuilder description = new StringBuilder();
		if (sessions != null && !sessions.isBlank()) {
			description.append(sessions.strip()).append("\n\n");
		}
		if (meetingLink != null) {
			description.append(meetingLink).append("\n\n");
		}
		if (personalUrl != null) {
			description.append(personalUrl);
		}
		vevent.add(new Description(description.toString().strip()));
		vevent.add(new Location(location != null ? location : meetingLink != null ? meetingLink : "Online"));
		if (meetingLink != null) {
			vevent.add(new Url(URI.create(meetingLink)));
		}
		vevent.add(new Status(event.getStatus() == EventStatus.CANCELLED ? Status.VALUE_CANCELLED
				: event.getStatus() == EventStatus.POSTPONED ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
		calendar.add(vevent);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return out.toByteArray();
	}

}
