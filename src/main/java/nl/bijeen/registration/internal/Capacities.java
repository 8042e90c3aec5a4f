package nl.bijeen.registration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.Attendance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the capacities come from: the event ({@code capacity} on site, {@code capacityOnline} online; an
 * online-only event without online capacity uses {@code capacity}) and each session.
 * <p>
 * The counters follow the configured capacities in the transaction that changes them
 * ({@link #apply(Event)}, {@link #apply(Session)}), never from an instance's cached copy of the event: a
 * capacity lowered on one instance holds at once on every instance, because all take their places from the
 * same counters. A raised capacity goes to the people waiting, in order, in that same transaction.
 */
@Component
public class Capacities {

	private final SeatCounters counters;

	private final Seating seating;

	private final TransactionTemplate transactions;

	/**
	 * The counters ("eventId:name") this instance knows to exist. A counter is only ever removed with its
	 * event or session, whose ids are never used again, so this cannot go stale.
	 */
	private final Cache<String, Boolean> existing = Caffeine.newBuilder().maximumSize(50_000).build();

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
	 * Makes sure the counters of the event and its sessions exist, in a short transaction of its own. A
	 * missing counter is created with the capacity given; an existing one is left alone (its capacity
	 * follows the changes as they are made, see {@link #apply(Event)}).
	 */
	public void ensureCounters(Event event, List<Round> rounds) {
		Map<String, Runnable> missing = new LinkedHashMap<>();
		for (Attendance attendance : offered(event)) {
			String name = SeatCounters.name(attendance);
			missing.put(event.getId() + ":" + name, () -> {
				if (this.counters.create(event.getId(), name, null, capacity(event, attendance))) {
					this.seating.fillEvent(event.getId(), attendance);
				}
			});
		}
		for (Round round : rounds) {
			for (Session session : round.sessions()) {
				String name = SeatCounters.name(session.id());
				missing.put(event.getId() + ":" + name, () -> {
					if (this.counters.create(event.getId(), name, session.id(), session.capacity())) {
						this.seating.fillSession(event.getId(), session.id());
					}
				});
			}
		}
		missing.keySet().removeIf(key -> this.existing.getIfPresent(key) != null);
		if (missing.isEmpty()) {
			// Every counter exists: skip the writes, which would queue behind registrations in progress.
			return;
		}
		this.transactions.executeWithoutResult(status -> missing.values().forEach(Runnable::run));
		missing.keySet().forEach(key -> this.existing.put(key, Boolean.TRUE));
	}

	/**
	 * Brings the event's counters in line with its capacities, in the caller's transaction, and gives raised
	 * places to the people waiting, in order.
	 */
	public void apply(Event event) {
		for (Attendance attendance : offered(event)) {
			if (this.counters.set(event.getId(), SeatCounters.name(attendance), null, capacity(event, attendance))) {
				this.seating.fillEvent(event.getId(), attendance);
			}
		}
	}

	/**
	 * Brings the session's counter in line with its capacity, in the caller's transaction, and gives raised
	 * places to the people waiting, in order.
	 */
	public void apply(Session session) {
		if (this.counters.set(session.eventId(), SeatCounters.name(session.id()), session.id(), session.capacity())) {
			this.seating.fillSession(session.eventId(), session.id());
		}
	}

}
