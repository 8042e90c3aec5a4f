package nl.bijeen.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One of the parallel offerings (workshop) in a round, with a room or an online breakout and a capacity
 * ({@code null}: no limit of its own).
 */
@Table("session")
public record Session(@Id Long id, Long partId, Long eventId, int position, String title, String description,
		String room, String onlineBreakout, Integer capacity, @Version Integer version) {

	public static Session create(ProgrammePart round, int position, String title, String description, String room,
			Integer capacity) {
		return new Session(null, round.id(), round.eventId(), position, title, description, room, null, capacity,
				null);
	}

}
