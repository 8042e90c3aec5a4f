package nl.bijeen.events;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCalendarsTests {

	@Test
	void writesAValidCalendarWithTimeZoneUidAndSequence() throws Exception {
		Event event = Event.draft("empowerment", "Empowerment: naar een sterke sociale basis",
				LocalDateTime.of(2027, 3, 28, 14, 0), LocalDateTime.of(2027, 3, 28, 17, 0));
		event.setSummary("Over empowerment.");
		event.setOnlineUrl("https://meet.example.org/secret-room");
		event.setAttendanceMode(AttendanceMode.HYBRID);
		event.publish();
		Venue venue = Venue.create("Muntgebouw", "Leidseweg 90", "3531 BG", "Utrecht");

		String text = EventCalendars.toText(EventCalendars.single(event, venue,
				"https://bijeen.example/evenementen/empowerment", List.of("Empowerment", "Sociale basis")));

		Calendar parsed = new CalendarBuilder().build(new StringReader(text));
		// RFC 5545 validity; iTIP's demand for an ORGANIZER with METHOD:PUBLISH is deliberately not met
		Calendar withoutMethod = new CalendarBuilder().build(new StringReader(text.replace("METHOD:PUBLISH\r\n", "")));
		assertThat(withoutMethod.validate().getEntries()).isEmpty();
		assertThat(text).contains("METHOD:PUBLISH", "CALSCALE:GREGORIAN", "VERSION:2.0", "PRODID:")
			.contains("DTSTART;TZID=Europe/Amsterdam:20270328T140000")
			.doesNotContain("secret-room");
		List<VTimeZone> zones = parsed.getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");
		assertThat(text).doesNotContain("Brussels");
		VEvent vevent = parsed.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
		assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(event.getUid());
		assertThat(vevent.getSequence().getSequenceNo()).isEqualTo(event.getIcsSequence());
		ZonedDateTime start = (ZonedDateTime) vevent.getStartDate().orElseThrow().getDate();
		assertThat(start.toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(7200);
		assertThat(vevent.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Muntgebouw, Leidseweg 90, 3531 BG Utrecht / Online");
		assertThat(vevent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
		assertThat(vevent.getProperty(Property.CATEGORIES).orElseThrow().getValue()).contains("Empowerment");
	}

}
