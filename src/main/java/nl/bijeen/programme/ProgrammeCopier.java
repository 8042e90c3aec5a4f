package nl.bijeen.programme;

import java.util.HashMap;
import java.util.Map;

import nl.bijeen.events.EventDuplicated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the programme of a duplicated event: its parts (shifted in time), the sessions in its rounds and
 * who contributes in which role. Runs in the transaction of the duplication, so a copy is never half made.
 */
@Component
class ProgrammeCopier {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	ProgrammeCopier(ProgrammeParts parts, Sessions sessions, Contributions contributions) {
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
	}

	@EventListener
	void on(EventDuplicated duplicated) {
		Long copyId = duplicated.copyEventId();
		Map<Long, Long> partIds = new HashMap<>();
		for (ProgrammePart p : this.parts.findByEventIdOrderByStartsAtAscIdAsc(duplicated.sourceEventId())) {
			ProgrammePart copy = this.parts.save(new ProgrammePart(null, copyId, p.kind(), p.title(), p.description(),
					p.startsAt().plus(duplicated.shift()), p.endsAt().plus(duplicated.shift()), p.location(), null));
			partIds.put(p.id(), copy.id());
		}
		Map<Long, Long> sessionIds = new HashMap<>();
		for (Session s : this.sessions.findByEventIdOrderByPositionAscIdAsc(duplicated.sourceEventId())) {
			Session copy = this.sessions.save(new Session(null, partIds.get(s.partId()), copyId, s.position(), s.title(),
					s.description(), s.room(), s.onlineBreakout(), s.capacity(), null));
			sessionIds.put(s.id(), copy.id());
		}
		for (Contribution c : this.contributions.findByEventIdOrderByPositionAscIdAsc(duplicated.sourceEventId())) {
			this.contributions.save(new Contribution(null, copyId, c.personId(), c.role(), mapped(partIds, c.partId()),
					mapped(sessionIds, c.sessionId()), c.position(), null));
		}
	}

	private static Long mapped(Map<Long, Long> ids, Long id) {
		return (id != null) ? ids.get(id) : null;
	}

}
