package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.programme.ProgrammeParts;
import nl.bijeen.programme.Sessions;

import org.springframework.stereotype.Component;

/**
 * The rounds of an event's programme that have sessions to choose from, in programme order.
 */
@Component
public class Rounds {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	Rounds(ProgrammeParts parts, Sessions sessions) {
		this.parts = parts;
		this.sessions = sessions;
	}

	public List<Round> of(Long eventId) {
		return this.parts.findByEventIdOrderByStartsAtAscIdAsc(eventId)
			.stream()
			.filter(p -> p.isRound())
			.map(p -> new Round(p, this.sessions.findByPartIdOrderByPositionAscIdAsc(p.id())))
			.filter(r -> !r.sessions().isEmpty())
			.toList();
	}

}
