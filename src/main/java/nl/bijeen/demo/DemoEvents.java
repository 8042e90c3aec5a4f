package nl.bijeen.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Consumer;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.EventType;
import nl.bijeen.programme.ProgrammeSeeds;

import org.springframework.stereotype.Component;

/**
 * The demo events: the three seed events on their original dates, and upcoming editions of them plus a
 * hybrid meeting, dated relative to today so that the agenda and registration have something to show.
 */
@Component
class DemoEvents {

	static final LocalDate CONFERENCE_2017 = LocalDate.of(2017, 11, 10);

	static final LocalDate DEBATE_2018 = LocalDate.of(2018, 11, 22);

	static final LocalDate ONLINE_2020 = LocalDate.of(2020, 11, 18);

	private final EventSeeds events;

	private final ProgrammeSeeds programme;

	DemoEvents(EventSeeds events, ProgrammeSeeds programme) {
		this.events = events;
		this.programme = programme;
	}

	/**
	 * Creates all demo events.
	 * @return how many events were created
	 */
	int create(DemoDirectory.Directory directory, LocalDate today) {
		Schedule past = Schedule.past();
		DemoSeedEvents seeds = new DemoSeedEvents(this);
		seeds.conference(directory, CONFERENCE_2017, past);
		seeds.debate(directory, DEBATE_2018, past);
		seeds.onlineMeeting(directory, ONLINE_2020, past);
		Schedule upcoming = Schedule.openNow(today);
		seeds.conference(directory, weekday(today.plusMonths(3), DayOfWeek.FRIDAY), upcoming);
		seeds.debate(directory, weekday(today.plusWeeks(5), DayOfWeek.THURSDAY), upcoming);
		seeds.onlineMeeting(directory, weekday(today.plusWeeks(2), DayOfWeek.WEDNESDAY), upcoming);
		seeds.hybridMeeting(directory, weekday(today.plusWeeks(7), DayOfWeek.TUESDAY), upcoming);
		return 7;
	}

	/**
	 * Saves a published event with the given day and times and what {@code setup} adds, then its programme.
	 */
	Event publish(String slug, String title, LocalDate day, String from, String to, Schedule schedule,
			Consumer<Event> setup) {
		Event event = Event.draft(slug + "-" + day.getYear(), title, day.atTime(LocalTime.parse(from)),
				day.atTime(LocalTime.parse(to)));
		setup.accept(event);
		event.setRegistrationOpensAt(schedule.opens(day));
		event.setRegistrationClosesAt(day.minusDays(1).atTime(23, 59));
		event.publish();
		return this.events.save(event);
	}

	DemoProgramme programme(Event event, DemoDirectory.Directory directory) {
		return new DemoProgramme(event, directory, this.programme);
	}

	static List<Long> ids(DemoDirectory.Directory directory, java.util.function.ToLongBiFunction<DemoDirectory.Directory, String> lookup,
			String... keys) {
		return java.util.Arrays.stream(keys).map(k -> lookup.applyAsLong(directory, k)).toList();
	}

	private static LocalDate weekday(LocalDate around, DayOfWeek day) {
		return around.with(TemporalAdjusters.nextOrSame(day));
	}

	/**
	 * When registration opens: two months ahead for past events, a week ago for upcoming ones (open now).
	 */
	record Schedule(LocalDate today) {

		static Schedule past() {
			return new Schedule(null);
		}

		static Schedule openNow(LocalDate today) {
			return new Schedule(today);
		}

		LocalDateTime opens(LocalDate day) {
			return this.today == null ? day.minusMonths(2).atTime(9, 0) : this.today.minusDays(7).atTime(9, 0);
		}

	}

	static void online(Event event, String link) {
		event.setEventType(EventType.ONLINE_MEETING);
		event.setAttendanceMode(AttendanceMode.ONLINE);
		event.setOnlineUrl(link);
	}

}
