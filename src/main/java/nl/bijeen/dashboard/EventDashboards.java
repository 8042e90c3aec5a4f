package nl.bijeen.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bijeen.attendance.Presence;
import nl.bijeen.attendance.SessionsAttended;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.charts.BarChart;
import nl.bijeen.common.charts.LineChart;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventOutlines;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.RegistrationFigures;
import nl.bijeen.registration.RegistrationFigures.RegistrationDay;
import nl.bijeen.registration.RegistrationFigures.SessionCount;
import nl.bijeen.registration.RegistrationFigures.StatusCounts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts together one event's figures and charts from the owning modules' read models.
 */
@Service
class EventDashboards {

	private final EventCatalog events;

	private final ProgrammeRows programme;

	private final RegistrationFigures registrations;

	private final Presence presence;

	private final SessionsAttended sessionsAttended;

	private final MessageSource messages;

	EventDashboards(EventCatalog events, ProgrammeRows programme, RegistrationFigures registrations, Presence presence,
			SessionsAttended sessionsAttended, MessageSource messages) {
		this.events = events;
		this.programme = programme;
		this.registrations = registrations;
		this.presence = presence;
		this.sessionsAttended = sessionsAttended;
		this.messages = messages;
	}

	EventFigures of(Long eventId, LocalDateTime now, Locale locale) {
		Event event = this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
		Texts t = new Texts(this.messages, locale);
		StatusCounts counts = this.registrations.ofEvents(List.of(eventId)).getOrDefault(eventId, StatusCounts.NONE);
		Integer places = EventOutlines.places(event.getAttendanceMode(), event.getCapacity(), event.getCapacityOnline());
		boolean begun = !now.isBefore(event.getStartsAt());
		int present = this.presence.counts(List.of(eventId)).getOrDefault(eventId, 0);
		int noShows = begun ? Math.max(0, counts.confirmed() - present) : 0;
		Map<Long, SessionCount> perSession = this.registrations.sessions(eventId);
		Map<Long, Integer> attendedPerSession = this.sessionsAttended.countsBySession(eventId);
		List<EventFigures.SessionFigures> sessions = new ArrayList<>();
		for (Session s : this.programme.sessionsOf(eventId)) {
			SessionCount c = perSession.getOrDefault(s.id(), new SessionCount(0, 0));
			sessions.add(new EventFigures.SessionFigures(s.id(), s.title(), s.capacity(), c.confirmed(), c.waitlisted(),
					attendedPerSession.getOrDefault(s.id(), 0)));
		}
		boolean sessionCheckIns = !attendedPerSession.isEmpty();
		LocalDate until = (now.toLocalDate().isBefore(event.getStartsAt().toLocalDate()) ? now
				: event.getStartsAt()).toLocalDate();
		return new EventFigures(event, places, counts.confirmed(), counts.waitlisted(), counts.pending(),
				counts.ended(), counts.registered(), begun, present, noShows, sessions, sessionCheckIns,
				line(this.registrations.byDay(eventId), until, t), fill(sessions, t), waiting(counts, sessions, t),
				attendance(begun, present, noShows, t), sessionAttendance(sessions, sessionCheckIns, t));
	}

	/** Cumulative registrations per day, from the first registration to {@code until} (today or the event's day). */
	static LineChart line(List<RegistrationDay> days, LocalDate until, Texts t) {
		List<LineChart.Point> points = new ArrayList<>();
		if (!days.isEmpty()) {
			LocalDate first = days.get(0).day();
			LocalDate last = days.get(days.size() - 1).day().isAfter(until) ? days.get(days.size() - 1).day() : until;
			Map<LocalDate, RegistrationDay> byDay = days.stream()
				.collect(Collectors.toMap(RegistrationDay::day, d -> d));
			int registered = 0;
			int net = 0;
			int index = 0;
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), index++) {
				RegistrationDay d = byDay.get(day);
				if (d != null) {
					registered += d.registered();
					net += d.registered() - d.ended();
				}
				points.add(new LineChart.Point(index, registered, t.day(day),
						t.get("dashboard.line.point", registered, net)));
			}
		}
		String summary = points.isEmpty() ? t.get("dashboard.none")
				: t.get("dashboard.line.summary", (int) points.get(points.size() - 1).y(), points.get(0).xText(),
						points.get(points.size() - 1).xText(), points.get(points.size() - 1).yText());
		return new LineChart("registrations-over-time", t.get("dashboard.line.caption"), summary,
				t.get("dashboard.line.x"), t.get("dashboard.line.y"), points);
	}

	static BarChart fill(List<EventFigures.SessionFigures> sessions, Texts t) {
		List<BarChart.Bar> bars = sessions.stream()
			.map(s -> new BarChart.Bar(s.title(), Texts.fraction(s.confirmed(), s.capacity()),
					t.of(s.confirmed(), s.capacity())))
			.toList();
		return new BarChart("fill-per-workshop", t.get("dashboard.fill.caption"), summary(bars, t),
				t.get("dashboard.workshop"), t.get("dashboard.fill.value"), bars, 1.0);
	}

	static BarChart waiting(StatusCounts counts, List<EventFigures.SessionFigures> sessions, Texts t) {
		List<BarChart.Bar> bars = new ArrayList<>();
		bars.add(new BarChart.Bar(t.get("dashboard.waiting.event"), counts.waitlisted(),
				String.valueOf(counts.waitlisted())));
		sessions.forEach(s -> bars.add(new BarChart.Bar(s.title(), s.waitlisted(), String.valueOf(s.waitlisted()))));
		return new BarChart("waiting-lists", t.get("dashboard.waiting.caption"), summary(bars, t),
				t.get("dashboard.waiting.label"), t.get("dashboard.waiting.value"), bars);
	}

	static BarChart attendance(boolean begun, int present, int noShows, Texts t) {
		List<BarChart.Bar> bars = !begun ? List.of()
				: List.of(new BarChart.Bar(t.get("dashboard.present"), present, t.of(present, present + noShows)),
						new BarChart.Bar(t.get("dashboard.noShows"), noShows, t.of(noShows, present + noShows)));
		return new BarChart("attendance", t.get("dashboard.attendance.caption"), summary(bars, t),
				t.get("dashboard.attendance.label"), t.get("dashboard.attendance.value"), bars, 1.0 * (present + noShows));
	}

	static BarChart sessionAttendance(List<EventFigures.SessionFigures> sessions, boolean used, Texts t) {
		List<BarChart.Bar> bars = !used ? List.of()
				: sessions.stream()
					.map(s -> new BarChart.Bar(s.title(), Texts.fraction(s.attended(), s.confirmed()),
							t.of(s.attended(), s.confirmed())))
					.toList();
		return new BarChart("attendance-per-workshop", t.get("dashboard.sessions.caption"), summary(bars, t),
				t.get("dashboard.workshop"), t.get("dashboard.sessions.value"), bars, 1.0);
	}

	static String summary(List<BarChart.Bar> bars, Texts t) {
		if (bars.isEmpty()) {
			return t.get("dashboard.none");
		}
		return bars.stream().map(b -> b.label() + ": " + b.valueText()).collect(Collectors.joining("; ")) + ".";
	}

}
