package nl.bijeen.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarning;
import biweekly.ValidationWarnings;
import biweekly.io.ParseWarning;

/**
 * Checks an iCalendar file against RFC 5545 with biweekly, a parser and validator independent of ical4j
 * (which bijeen writes its calendars with): no parse warnings, no validation warnings at iCalendar 2.0, and
 * the rules biweekly does not check itself: every TZID a time refers to has its VTIMEZONE, lines end in CRLF
 * and are folded at 75 octets.
 */
public final class CalendarValidator {

	/** biweekly's "An iCalendar object must have at least one component." */
	private static final int NO_COMPONENTS = 4;

	private static final Pattern TZID_PARAMETER = Pattern.compile(";TZID=\"?([^;:\"]+)\"?[;:]");

	private static final Pattern TZID_PROPERTY = Pattern.compile("(?m)^TZID:(.+?)\r?$");

	private CalendarValidator() {
	}

	/**
	 * Everything wrong with the calendar; empty when it is valid.
	 */
	public static List<String> problems(String ics) {
		List<String> problems = new ArrayList<>();
		List<List<ParseWarning>> parseWarnings = new ArrayList<>();
		List<ICalendar> calendars;
		try {
			calendars = Biweekly.parse(ics).warnings(parseWarnings).all();
		}
		catch (RuntimeException ex) {
			return List.of("unreadable: " + ex);
		}
		if (calendars.size() != 1) {
			problems.add("expected one VCALENDAR, found " + calendars.size());
		}
		parseWarnings.stream().flatMap(List::stream).forEach(w -> problems.add("parse: " + w));
		boolean hasTimeZone = ics.contains("\r\nBEGIN:VTIMEZONE\r\n");
		for (ICalendar calendar : calendars) {
			ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
			for (ValidationWarnings.WarningsGroup group : warnings) {
				for (ValidationWarning warning : group.getWarnings()) {
					// biweekly keeps VTIMEZONEs apart from the other components, so it finds an empty feed
					// "without components"; RFC 5545 counts a VTIMEZONE as one (icalbody = calprops component).
					if (hasTimeZone && Integer.valueOf(NO_COMPONENTS).equals(warning.getCode())) {
						continue;
					}
					problems.add("validation: " + warning + " in " + group.getComponentHierarchy());
				}
			}
		}
		String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
		Set<String> defined = new LinkedHashSet<>();
		Matcher zone = TZID_PROPERTY.matcher(unfolded);
		while (zone.find()) {
			defined.add(zone.group(1));
		}
		Matcher used = TZID_PARAMETER.matcher(unfolded);
		while (used.find()) {
			if (!defined.contains(used.group(1))) {
				problems.add("TZID " + used.group(1) + " has no VTIMEZONE (defined: " + defined + ")");
			}
		}
		String[] lines = ics.split("\r\n", -1);
		if (!ics.endsWith("\r\n")) {
			problems.add("does not end with CRLF");
		}
		for (String line : lines) {
			if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
				problems.add("bare line break in: " + line);
			}
			if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
				problems.add("line longer than 75 octets: " + line);
			}
		}
		return problems;
	}

}
