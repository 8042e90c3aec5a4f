package nl.bijeen.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person taking part in an event in a role: to the event as a whole (day chair), to a programme part
 * (panel member in a debate) or to a session (session leader).
 */
@Table("contribution")
public record Contribution(@Id Long id, Long eventId, Long personId, Role role, Long partId, Long sessionId,
		int position, @Version Integer version) {

	public static Contribution toEvent(Long eventId, Long personId, Role role, int position) {
		return new Contribution(null, eventId, personId, role, null, null, position, null);
	}

	public static Contribution toPart(ProgrammePart part, Long personId, Role role, int position) {
		return new Contribution(null, part.eventId(), personId, role, part.id(), null, position, null);
	}

	public static Contribution toSession(Session session, Long personId, Role role, int position) {
		return new Contribution(null, session.eventId(), personId, role, session.partId(), session.id(), position,
				null);
	}

}
