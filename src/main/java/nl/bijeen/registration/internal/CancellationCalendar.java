package nl.bijeen.registration.internal;

import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Status;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCalendars;
import nl.bijeen.events.Venue;

/**
 * The calendar file that takes an event out of a participant's calendar (RFC 5546 {@code METHOD:CANCEL}):
 * the event's stable UID and its current SEQUENCE, {@code STATUS:CANCELLED}; sent when the event is
 * cancelled and when a participant's own registration ends.
 */
public final class CancellationCalendar {

	private CancellationCalendar() {
	}

	/**
	 * @param venue the event's venue, or {@code null}
	 * @param eventUrl the absolute URL of the event's public page
	 */
	public static byte[] of(Event event, Venue venue, String eventUrl) {
		Calendar calendar = EventCalendars.single(event, venue, eventUrl, List.of());
		calendar.replace(new Method(Method.VALUE_CANCEL));
		for (Object component : calendar.getComponents()) {
			if (component instanceof VEvent vevent) {
				vevent.replace(new Status(Status.VALUE_CANCELLED));
			}
		}
		return EventCalendars.toBytes(calendar);
	}

}
