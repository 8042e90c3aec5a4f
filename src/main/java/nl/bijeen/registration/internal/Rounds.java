package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.programme.ProgrammeRows;

import org.springframework.stereotype.Component;

/**
 * The rounds of an event's programme that have sessions to choose from, in programme order.
 */
@Component
public class Rounds {

	private final ProgrammeRows programme;

	Rounds(ProgrammeRows programme) {
		this.programme = programme;
	}

	public List<Round> of(Long eventId) {
		return this.programme.partsOf(eventId)
			.stream()
			.filter(p -> p.isRound())
			.map(p -> new Round(p, this.programme.sessionsOfPart(p.id())))
			.filter(r -> !r.sessions().isEmpty())
			.toList();
	}

}
