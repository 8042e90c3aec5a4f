package nl.bijeen.programme;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies a programme from one event to another, e.g. when an event is duplicated for a next edition.
 */
@Service
@Transactional
public class ProgrammeCopier {

	private final EventCatalog events;

	private final ProgrammeSnapshots snapshots;

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	ProgrammeCopier(EventCatalog events, ProgrammeSnapshots snapshots, ProgrammeParts parts, Sessions sessions,
			Contributions contributions) {
		this.events = events;
		this.snapshots = snapshots;
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
	}

	/**
	 * Copies all parts, sessions and contributions of the source event to the target event, moving every
	 * time by {@code shift} (the difference between the two events' starts). The target must exist and have
	 * no programme yet ({@link ConflictException} {@code programme.copy.targetNotEmpty} otherwise).
	 * @return the number of parts copied
	 */
	public int copyProgramme(long sourceEventId, long targetEventId, Duration shift) {
		if (this.events.event(targetEventId).isEmpty()) {
			throw new NotFoundException("No event " + targetEventId);
		}
		if (!this.snapshots.load(targetEventId).timetable().isEmpty()) {
			throw new ConflictException("programme.copy.targetNotEmpty",
					"Event " + targetEventId + " already has a programme");
		}
		ProgrammeSnapshot source = this.snapshots.load(sourceEventId);
		Map<Long, Long> partIds = new HashMap<>();
		Map<Long, Long> sessionIds = new HashMap<>();
		for (ProgrammePart p : source.parts()) {
			ProgrammePart copy = this.parts.save(ProgrammePart.create(targetEventId, p.kind(), p.title(),
					p.description(), p.startsAt().plus(shift), p.endsAt().plus(shift), p.location()));
			partIds.put(p.id(), copy.id());
		}
		for (Session s : source.sessions()) {
			Session copy = this.sessions.save(new Session(null, partIds.get(s.partId()), targetEventId, s.position(),
					s.title(), s.description(), s.room(), s.onlineBreakout(), s.capacity(), null));
			sessionIds.put(s.id(), copy.id());
		}
		for (Contribution c : source.contributions()) {
			this.contributions.save(new Contribution(null, targetEventId, c.personId(), c.role(),
					partIds.get(c.partId()), sessionIds.get(c.sessionId()), c.position(), null));
		}
		return partIds.size();
	}

}
