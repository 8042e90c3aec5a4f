package nl.bijeen.registration.internal;

import java.util.stream.Collectors;

import nl.bijeen.registration.Attendance;

import org.springframework.stereotype.Component;

/**
 * Builds the calendar file of one registration (for the download and the confirmation mail).
 */
@Component
public class PersonalCalendars {

	private final PersonalRegistrations personal;

	PersonalCalendars(PersonalRegistrations personal) {
		this.personal = personal;
	}

	public byte[] of(PersonalView view, String personalUrl) {
		String sessions = view.choices()
			.stream()
			.filter(c -> c.session() != null)
			.map(c -> c.round().part().title() + ": " + c.session().title())
			.collect(Collectors.joining("\n"));
		boolean online = view.registration().attendance() == Attendance.ONLINE;
		// Only within the configured window before the start, like the personal page: an early file keeps none.
		String meetingLink = view.meetingLink();
		String location = online || view.venue() == null ? null : view.venue().oneLine();
		return PersonalCalendar.of(view.event(), sessions, meetingLink, personalUrl, location);
	}

	public byte[] of(String token, String personalUrl) {
		return of(this.personal.view(token), personalUrl);
	}

}
