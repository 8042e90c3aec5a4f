package nl.bijeen.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The programme as stored, read-only, for modules that build their own view of it: registration's rounds
 * and places, the agenda's programme. Each method is one query, run like the repository call it stands for
 * (no transaction of its own), so hot paths such as registration read exactly what they read before. For
 * the assembled timetable use {@link Programmes}; changes go through {@link ProgrammeEditor} and
 * {@link ContributionEditor}.
 */
@Service
public class ProgrammeRows {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	ProgrammeRows(ProgrammeParts parts, Sessions sessions, Contributions contributions) {
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
	}

	public Optional<ProgrammePart> part(long id) {
		return this.parts.findById(id);
	}

	public Optional<Session> session(long id) {
		return this.sessions.findById(id);
	}

	/** The parts of an event, by start and then id. */
	public List<ProgrammePart> partsOf(Long eventId) {
		return this.parts.findByEventIdOrderByStartsAtAscIdAsc(eventId);
	}

	/** The sessions of one round, by position and then id. */
	public List<Session> sessionsOfPart(Long partId) {
		return this.sessions.findByPartIdOrderByPositionAscIdAsc(partId);
	}

	/** All sessions of an event, by position and then id. */
	public List<Session> sessionsOf(Long eventId) {
		return this.sessions.findByEventIdOrderByPositionAscIdAsc(eventId);
	}

	/** Who contributes to an event and its parts and sessions, by position and then id. */
	public List<Contribution> contributionsOf(Long eventId) {
		return this.contributions.findByEventIdOrderByPositionAscIdAsc(eventId);
	}

}
