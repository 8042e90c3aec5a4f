package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.Attendance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the capacities come from: the event ({@code capacity} on site, {@code capacityOnline} online; an
 * online-only event without online capacity uses {@code capacity}) and each session.
 */
@Component
public class Capacities {

	private final SeatCounters counters;

	private final Seating seating;

	private final TransactionTemplate transactions;

	/** The capacities each counter ("eventId:name") was last brought in line with by this instance. */
	private final Map<String, Optional<Integer>> ensured = new java.util.concurrent.ConcurrentHashMap<>();

	Capacities(SeatCounters counters, Seating seating, TransactionTemplate transactions) {
		this.counters = counters;
		this.seating = seating;
		this.transactions = transactions;
	}

	public static List<Attendance> offered(Event event) {
		return switch (event.getAttendanceMode()) {
			case VENUE -> List.of(Attendance.VENUE);
			case ONLINE -> List.of(Attendance.ONLINE);
			case HYBRID -> List.of(Attendance.VENUE, Attendance.ONLINE);
		};
	}

	public static Integer capacity(Event event, Attendance attendance) {
		if (event.getAttendanceMode() == AttendanceMode.ONLINE) {
			return event.getCapacityOnline() != null ? event.getCapacityOnline() : event.getCapacity();
		}
		return attendance == Attendance.VENUE ? event.getCapacity() : event.getCapacityOnline();
	}

	/**
	 * Makes sure the counters of the event and its sessions exist with the configured capacities, in a
	 * short transaction of its own. When an organiser raised a capacity, the people waiting get the new
	 * places first (in the same transaction), so that nobody registering later jumps the queue.
	 */
	public void ensureCounters(Event event, List<Round> rounds) {
		Map<String, Integer> wanted = new java.util.LinkedHashMap<>();
		for (Attendance attendance : offered(event)) {
			wanted.put(event.getId() + ":" + SeatCounters.name(attendance), capacity(event, attendance));
		}
		for (Round round : rounds) {
			for (Session session : round.sessions()) {
				wanted.put(event.getId() + ":" + SeatCounters.name(session.id()), session.capacity());
			}
		}
		if (wanted.entrySet().stream().allMatch(e -> this.ensured.containsKey(e.getKey())
				&& java.util.Objects.equals(this.ensured.get(e.getKey()), Optional.ofNullable(e.getValue())))) {
			// Every counter was brought in line with these very capacities before: skip the writes, which
			// would otherwise queue behind the row locks of registrations in progress.
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			for (Attendance attendance : offered(event)) {
				if (this.counters.ensure(event.getId(), SeatCounters.name(attendance), null,
						capacity(event, attendance))) {
					this.seating.fillEvent(event.getId(), attendance);
				}
			}
			for (Round round : rounds) {
				for (Session session : round.sessions()) {
					if (this.counters.ensure(event.getId(), SeatCounters.name(session.id()), session.id(),
							session.capacity())) {
						this.seating.fillSession(event.getId(), session.id());
					}
				}
			}
		});
		wanted.forEach((key, capacity) -> this.ensured.put(key, Optional.ofNullable(capacity)));
	}

}
