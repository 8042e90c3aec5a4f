package nl.bijeen.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import nl.bijeen.common.Zones;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Builds RFC 5545 calendars (iCalendar, {@code .ics}) of public events: a VTIMEZONE per time zone used,
 * times with TZID, the event's stable UID and its SEQUENCE, so that calendar clients update an event they
 * already have instead of adding a copy. The online meeting link is never written: calendars are public.
 */
public final class EventCalendars {

	/**
	 * The media type of calendar files.
	 */
	public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	private static final String PRODUCT_ID = "-//bijeen//bijeen agenda//NL";

	private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private EventCalendars() {
	}

	/**
	 * One event in a calendar: the event, its venue ({@code null} when online or unknown), the absolute URL of
	 * its public page and its categories (theme names).
	 */
	public record Entry(Event event, Venue venue, String pageUrl, List<String> categories) {
	}

	/**
	 * A calendar with one event, e.g. for the "add to my calendar" link or a confirmation mail.
	 */
	public static Calendar single(Event event, Venue venue, String pageUrl, List<String> categories) {
		return of(List.of(new Entry(event, venue, pageUrl, categories)));
	}

	/**
	 * A calendar (feed) with the given events. It always holds the Europe/Amsterdam VTIMEZONE, so that
	 * even an empty feed has the one component RFC 5545 requires.
	 */
	public static Calendar of(List<Entry> entries) {
		Calendar calendar = new Calendar().withProdId(PRODUCT_ID)
			.withDefaults()
			.withProperty(new Method(Method.VALUE_PUBLISH))
			.getFluentTarget();
		Instant stamp = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		java.util.stream.Stream
			.concat(java.util.stream.Stream.of(Zones.AMSTERDAM.getId()),
					entries.stream().map(entry -> entry.event().getTimeZone()))
			.distinct()
			.forEach(zone -> calendar.add(timeZone(zone)));
		entries.forEach(entry -> calendar.add(event(entry, stamp)));
		return calendar;
	}

	/**
	 * The calendar as UTF-8 bytes. Not validated on output: iTIP (RFC 5546) wants an ORGANIZER with a mail
	 * address for METHOD:PUBLISH, which bijeen does not publish; the calendar itself is valid RFC 5545.
	 */
	public static byte[] toBytes(Calendar calendar) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The calendar as text.
	 */
	public static String toText(Calendar calendar) {
		return new String(toBytes(calendar), StandardCharsets.UTF_8);
	}

	/**
	 * The VTIMEZONE from ical4j's registry, labelled with the zone's own id. The registry follows tzdata,
	 * which files Europe/Amsterdam under Europe/Brussels (same rules since 1970); the TZID of the component
	 * must equal the TZID parameter of the times that refer to it.
	 */
	public static VTimeZone timeZone(String zoneId) {
		VTimeZone timeZone = TIME_ZONES.getTimeZone(zoneId).getVTimeZone().copy();
		timeZone.replace(new TzId(zoneId));
		timeZone.removeAll(Property.TZURL);
		timeZone.removeIf(property -> property.getName().equals("X-LIC-LOCATION"));
		timeZone.add(new XProperty("X-LIC-LOCATION", zoneId));
		return timeZone;
	}

	private static VEvent event(Entry entry, Instant stamp) {
		Event event = entry.event();
		ZoneId zone = ZoneId.of(event.getTimeZone());
		VEvent vevent = new VEvent(false);
		vevent.add(new DtStamp(stamp));
		vevent.add(new Uid(event.getUid()));
		vevent.add(new Sequence(event.getIcsSequence()));
		vevent.add(new DtStart<>(event.getStartsAt().atZone(zone)));
		vevent.add(new DtEnd<>(event.getEndsAt().atZone(zone)));
		if (event.getUpdatedAt() != null) {
			vevent.add(new LastModified(event.getUpdatedAt().atZone(zone).toInstant()));
		}
		vevent.add(new Summary(event.getTitle()));
		vevent.add(new Description(description(event, entry.pageUrl())));
		vevent.add(new Location(location(event, entry.venue())));
		vevent.add(new Url(URI.create(entry.pageUrl())));
		vevent.add(new Status(status(event)));
		if (entry.categories() != null && !entry.categories().isEmpty()) {
			vevent.add(new Categories(new TextList(entry.categories())));
		}
		return vevent;
	}

	private static String description(Event event, String pageUrl) {
		StringBuilder text = new StringBuilder();
		if (event.getSubtitle() != null && !event.getSubtitle().isBlank()) {
			text.append(event.getSubtitle().strip()).append("\n\n");
		}
		if (event.getSummary() != null && !event.getSummary().isBlank()) {
			text.append(event.getSummary().strip()).append("\n\n");
		}
		return text.append(pageUrl).toString();
	}

	private static String location(Event event, Venue venue) {
		if (!event.getAttendanceMode().hasVenue() || venue == null) {
			return "Online";
		}
		return event.getAttendanceMode().isOnline() ? venue.oneLine() + " / Online" : venue.oneLine();
	}

	private static String status(Event event) {
		return switch (event.getStatus()) {
			case CANCELLED -> Status.VALUE_CANCELLED;
			case POSTPONED -> Status.VALUE_TENTATIVE;
			default -> Status.VALUE_CONFIRMED;
		};
	}

}
