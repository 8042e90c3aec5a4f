package nl.bijeen.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar check itself finds what it is meant to find.
 */
class CalendarValidatorTests {

	private static final String VALID = """
			BEGIN:VCALENDAR\r
			PRODID:-//test//test//NL\r
			VERSION:2.0\r
			BEGIN:VTIMEZONE\r
			TZID:Europe/Amsterdam\r
			BEGIN:STANDARD\r
			DTSTART:19701025T030000\r
			RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
			TZOFFSETFROM:+0200\r
			TZOFFSETTO:+0100\r
			END:STANDARD\r
			BEGIN:DAYLIGHT\r
			DTSTART:19700329T020000\r
			RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
			TZOFFSETFROM:+0100\r
			TZOFFSETTO:+0200\r
			END:DAYLIGHT\r
			END:VTIMEZONE\r
			BEGIN:VEVENT\r
			DTSTAMP:20270101T100000Z\r
			UID:1@test\r
			DTSTART;TZID=Europe/Amsterdam:20270328T140000\r
			DTEND;TZID=Europe/Amsterdam:20270328T170000\r
			SUMMARY:Test\r
			END:VEVENT\r
			END:VCALENDAR\r
			""";

	@Test
	void acceptsAValidCalendar() {
		assertThat(CalendarValidator.problems(VALID)).isEmpty();
	}

	@Test
	void acceptsAnEmptyFeedWithItsTimeZoneButNotAnEmptyCalendar() {
		String feed = VALID.substring(0, VALID.indexOf("BEGIN:VEVENT")) + "END:VCALENDAR\r\n";
		assertThat(CalendarValidator.problems(feed)).isEmpty();
		String nothing = VALID.substring(0, VALID.indexOf("BEGIN:VTIMEZONE")) + "END:VCALENDAR\r\n";
		assertThat(CalendarValidator.problems(nothing)).isNotEmpty();
	}

	@Test
	void findsATimeZoneWithoutItsVtimezone() {
		assertThat(CalendarValidator.problems(VALID.replace("TZID:Europe/Amsterdam", "TZID:Europe/Brussels")))
			.anyMatch(p -> p.contains("TZID Europe/Amsterdam has no VTIMEZONE"));
	}

	@Test
	void findsMissingRequiredPropertiesAndBadLines() {
		assertThat(CalendarValidator.problems(VALID.replace("UID:1@test\r\n", ""))).isNotEmpty();
		assertThat(CalendarValidator.problems(VALID.replace("PRODID:-//test//test//NL\r\n", ""))).isNotEmpty();
		assertThat(CalendarValidator.problems(VALID.replace("SUMMARY:Test", "SUMMARY:" + "x".repeat(80))))
			.anyMatch(p -> p.startsWith("line longer"));
		assertThat(CalendarValidator.problems(VALID.replace("\r\n", "\n"))).isNotEmpty();
	}

}
