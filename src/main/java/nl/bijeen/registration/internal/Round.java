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

	/**
	 * Rounds are equal when they are the same programme part: a round is a map key on every registration, so
	 * its hash must not walk all its sessions.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Round round && java.util.Objects.equals(this.part.id(), round.part.id());
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(this.part.id());
	}

	public Optional<Session> session(Long sessionId) {
		return this.sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
	}

}
