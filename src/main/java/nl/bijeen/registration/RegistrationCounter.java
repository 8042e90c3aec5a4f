package nl.bijeen.registration;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts an event's registrations per status, with its places taken; for the organisers' pages.
 */
@Service
public class RegistrationCounter {

	private final JdbcClient jdbc;

	private final Availability availability;

	RegistrationCounter(JdbcClient jdbc, Availability availability) {
		this.jdbc = jdbc;
		this.availability = availability;
	}

	/**
	 * The counts of the event.
	 * @throws nl.bijeen.common.NotFoundException when there is no such event
	 */
	public RegistrationCounts of(Long eventId) {
		EventAvailability places = this.availability.of(eventId);
		Map<String, Integer> byStatus = new HashMap<>();
		this.jdbc.sql("select status, count(*) as n from registration where event_id = :eventId group by status")
			.param("eventId", eventId)
			.query(rs -> {
				byStatus.put(rs.getString("status"), rs.getInt("n"));
			});
		return new RegistrationCounts(eventId, byStatus.getOrDefault("CONFIRMED", 0),
				byStatus.getOrDefault("WAITLISTED", 0), byStatus.getOrDefault("PENDING_APPROVAL", 0),
				byStatus.getOrDefault("OFFERED", 0), byStatus.getOrDefault("CANCELLED", 0),
				byStatus.getOrDefault("REJECTED", 0), places);
	}

}
