package nl.bijeen.programme;

import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.CalendarSequence;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an event's programme: its parts and the sessions of its rounds, following the programme's rules
 * (see {@link ProgrammeRules} and {@link SessionRules}). Every method checks that the part or session
 * belongs to the given event ({@link NotFoundException} otherwise), throws
 * {@link InvalidProgrammeException} with all problems when a rule is broken, and stores nothing then.
 * Deleting a part deletes its sessions and their contributions; before a session goes,
 * {@link SessionRemoval} is published so that the people who chose it are moved or released and told. Renaming
 * or moving a part or a session raises the event's {@link CalendarSequence} and publishes
 * {@link PartRenamedOrMoved} or {@link SessionRenamedOrMoved}, so that participants are told.
 */
@Service
@Transactional
public class ProgrammeEditor {

	private final EventCatalog events;

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final ProgrammeSnapshots snapshots;

	private final ApplicationEventPublisher publisher;

	private final CalendarSequence calendarSequence;

	ProgrammeEditor(EventCatalog events, ProgrammeParts parts, Sessions sessions, ProgrammeSnapshots snapshots,
			ApplicationEventPublisher publisher, CalendarSequence calendarSequence) {
		this.events = events;
		this.parts = parts;
		this.sessions = sessions;
		this.snapshots = snapshots;
		this.publisher = publisher;
		this.calendarSequence = calendarSequence;
	}

	public ProgrammePart addPart(long eventId, PartDetails details) {
		Event event = event(eventId);
		ProgrammeRules.checkPart(event, details, this.snapshots.load(eventId), null).throwIfAny();
		return this.parts.save(ProgrammePart.create(eventId, details.kind(), details.title(), details.description(),
				details.startsAt(), details.endsAt(), details.location()));
	}

	public ProgrammePart updatePart(long eventId, long partId, PartDetails details) {
		return updatePart(eventId, partId, details, null);
	}

	/**
	 * Changes a part, if it is still the version the organiser saw: a different {@code expectedVersion}
	 * ({@code null}: do not check) means someone else changed it meanwhile, a {@link ConflictException}
	 * {@code programme.changedMeanwhile}.
	 */
	public ProgrammePart updatePart(long eventId, long partId, PartDetails details, Integer expectedVersion) {
		Event event = event(eventId);
		ProgrammePart part = part(eventId, partId);
		checkVersion(expectedVersion, part.version());
		ProgrammeRules.checkPart(event, details, this.snapshots.load(eventId), partId).throwIfAny();
		ProgrammePart saved = save(() -> this.parts.save(new ProgrammePart(part.id(), eventId, details.kind(),
				details.title(), details.description(), details.startsAt(), details.endsAt(), details.location(),
				part.version())));
		PartRenamedOrMoved change = new PartRenamedOrMoved(eventId, partId, saved.isRound(), part.title(),
				saved.title(), part.startsAt(), part.endsAt(), saved.startsAt(), saved.endsAt(), part.location(),
				saved.location());
		if (change.anyChange()) {
			this.calendarSequence.raise(eventId);
			this.publisher.publishEvent(change);
		}
		return saved;
	}

	/**
	 * Deletes a part with its sessions and contributions; the people who chose one of its sessions keep
	 * their registration without a session in this round (see {@link SessionRemoval}).
	 */
	public void deletePart(long eventId, long partId) {
		ProgrammePart part = part(eventId, partId);
		this.sessions.findByPartIdOrderByPositionAscIdAsc(partId)
			.forEach(s -> this.publisher.publishEvent(
					new SessionRemoval(eventId, partId, s.id(), part.title(), s.title(), null, true)));
		this.parts.delete(part);
	}

	/**
	 * Adds a session at the end of a round.
	 */
	public Saved<Session> addSession(long eventId, long roundId, SessionDetails details) {
		Event event = event(eventId);
		ProgrammePart round = part(eventId, roundId);
		SessionRules.check(round, details, this.snapshots.load(eventId), null).throwIfAny();
		int position = this.sessions.findByPartIdOrderByPositionAscIdAsc(roundId)
			.stream()
			.mapToInt(Session::position)
			.max()
			.orElse(-1) + 1;
		Session saved = this.sessions.save(new Session(null, roundId, eventId, position, details.title(),
				details.description(), details.room(), details.onlineBreakout(), details.capacity(), null));
		return new Saved<>(saved, SessionRules.warnings(event, details).list());
	}

	public Saved<Session> updateSession(long eventId, long sessionId, SessionDetails details) {
		return updateSession(eventId, sessionId, details, null);
	}

	/**
	 * Changes a session, if it is still the version the organiser saw (see
	 * {@link #updatePart(long, long, PartDetails, Integer)}).
	 */
	public Saved<Session> updateSession(long eventId, long sessionId, SessionDetails details,
			Integer expectedVersion) {
		Event event = event(eventId);
		Session session = session(eventId, sessionId);
		checkVersion(expectedVersion, session.version());
		ProgrammePart round = part(eventId, session.partId());
		SessionRules.check(round, details, this.snapshots.load(eventId), sessionId).throwIfAny();
		Session saved = save(() -> this.sessions.save(new Session(session.id(), session.partId(), eventId,
				session.position(), details.title(), details.description(), details.room(), details.onlineBreakout(),
				details.capacity(), session.version())));
		SessionRenamedOrMoved change = new SessionRenamedOrMoved(eventId, sessionId, round.title(), session.title(),
				saved.title(), session.room(), saved.room());
		if (change.anyChange()) {
			this.calendarSequence.raise(eventId);
			this.publisher.publishEvent(change);
		}
		return new Saved<>(saved, SessionRules.warnings(event, details).list());
	}

	/**
	 * Moves a session one place earlier ({@code -1}) or later ({@code +1}) in its round.
	 */
	public void moveSession(long eventId, long sessionId, int direction) {
		Session session = session(eventId, sessionId);
		List<Session> round = this.sessions.findByPartIdOrderByPositionAscIdAsc(session.partId());
		int index = round.indexOf(session);
		int other = index + Integer.signum(direction);
		if (other < 0 || other >= round.size()) {
			return;
		}
		for (int i = 0; i < round.size(); i++) {
			int position = (i == index) ? other : (i == other) ? index : i;
			Session s = round.get(i);
			if (s.position() != position) {
				this.sessions.save(new Session(s.id(), s.partId(), s.eventId(), position, s.title(), s.description(),
						s.room(), s.onlineBreakout(), s.capacity(), s.version()));
			}
		}
	}

	/**
	 * Deletes a session with its contributions; the people who chose it keep their registration without a
	 * session in this round.
	 */
	public void deleteSession(long eventId, long sessionId) {
		deleteSession(eventId, sessionId, null);
	}

	/**
	 * Deletes a session with its contributions; the people who chose it are moved to another session of the
	 * same round ({@code moveTo}; {@code null}: their choice is released), see {@link SessionRemoval}.
	 * @throws InvalidProgrammeException ({@code moveTo}) when that is not another session of the round
	 */
	public void deleteSession(long eventId, long sessionId, Long moveTo) {
		Session session = session(eventId, sessionId);
		ProgrammePart round = part(eventId, session.partId());
		if (moveTo != null && (moveTo == sessionId || this.sessions.findById(moveTo)
			.filter(s -> s.partId().equals(session.partId()))
			.isEmpty())) {
			throw new InvalidProgrammeException(List.of(ProgrammeProblem.of("moveTo", "programme.session.moveTo.invalid")));
		}
		this.publisher.publishEvent(
				new SessionRemoval(eventId, round.id(), sessionId, round.title(), session.title(), moveTo, false));
		this.sessions.delete(session);
	}

	private static void checkVersion(Integer expected, Integer stored) {
		if (expected != null && !expected.equals(stored)) {
			throw changedMeanwhile();
		}
	}

	private static <T> T save(java.util.function.Supplier<T> save) {
		try {
			return save.get();
		}
		catch (OptimisticLockingFailureException ex) {
			throw changedMeanwhile();
		}
	}

	private static ConflictException changedMeanwhile() {
		return new ConflictException("programme.changedMeanwhile", "Changed by someone else meanwhile");
	}

	private Event event(long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	private ProgrammePart part(long eventId, long partId) {
		return this.parts.findById(partId)
			.filter(p -> p.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No part " + partId + " in event " + eventId));
	}

	private Session session(long eventId, long sessionId) {
		return this.sessions.findById(sessionId)
			.filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No session " + sessionId + " in event " + eventId));
	}

}
