package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Optional;

import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.Session;

/**
 * A round of parallel sessions from which each participant picks one.
 */
public record Round(ProgrammePart part, List<Session> sessions) {

	public Long id() {
		return this.part.id();
	}

	public Optional<Session> session(Long sessionId) {
		return this.sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
	}

}
