package nl.bijeen.programme;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.bijeen.events.Event;

/**
 * The rules a programme part must follow: complete, texts within the schema's limits, end after start,
 * within the event, no overlap with plenary parts (rounds may overlap each other), and a moved round may
 * not put its sessions in a room that is taken at the new time.
 */
final class ProgrammeRules {

	static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private ProgrammeRules() {
	}

	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String sameRoom(String room) {
		return room == null ? null : room.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	static Problems checkPart(Event event, PartDetails details, ProgrammeSnapshot programme, Long partId) {
		Problems problems = new Problems().required("kind", details.kind())
			.text("title", details.title(), ProgrammeLimits.TITLE, true)
			.text("description", details.description(), ProgrammeLimits.DESCRIPTION, false)
			.text("location", details.location(), ProgrammeLimits.LOCATION, false)
			.required("startsAt", details.startsAt())
			.required("endsAt", details.endsAt());
		if (problems.has("startsAt") || problems.has("endsAt")) {
			return problems;
		}
		LocalDateTime start = details.startsAt();
		LocalDateTime end = details.endsAt();
		if (!end.isAfter(start)) {
			return problems.reject("endsAt", "programme.part.endBeforeStart", CLOCK.format(start));
		}
		if (start.isBefore(event.getStartsAt())) {
			problems.reject("startsAt", "programme.part.beforeEvent", MOMENT.format(event.getStartsAt()));
		}
		if (end.isAfter(event.getEndsAt())) {
			problems.reject("endsAt", "programme.part.afterEvent", MOMENT.format(event.getEndsAt()));
		}
		if (details.kind() == null) {
			return problems;
		}
		ProgrammePart candidate = new ProgrammePart(partId, event.getId(), details.kind(), details.title(), null, start,
				end, null, null);
		checkOverlap(candidate, programme, problems);
		if (partId != null) {
			checkOwnSessions(candidate, programme, problems);
		}
		return problems;
	}

	private static void checkOverlap(ProgrammePart candidate, ProgrammeSnapshot programme, Problems problems) {
		programme.parts()
			.stream()
			.filter(other -> !other.id().equals(candidate.id()))
			.filter(other -> !(candidate.isRound() && other.isRound()))
			.filter(candidate::overlaps)
			.findFirst()
			.ifPresent(other -> problems.reject("startsAt", overlapCode(candidate, other), other.title(),
					CLOCK.format(other.startsAt()), CLOCK.format(other.endsAt())));
	}

	private static String overlapCode(ProgrammePart candidate, ProgrammePart other) {
		if (candidate.isRound()) {
			return "programme.part.roundOverlapsPlenary";
		}
		return other.isRound() ? "programme.part.overlapsRound" : "programme.part.overlapsPlenary";
	}

	private static void checkOwnSessions(ProgrammePart candidate, ProgrammeSnapshot programme, Problems problems) {
		var own = programme.sessions().stream().filter(s -> s.partId().equals(candidate.id())).toList();
		if (own.isEmpty()) {
			return;
		}
		if (!candidate.isRound()) {
			problems.reject("kind", "programme.part.hasSessions", own.size());
			return;
		}
		for (Session session : own) {
			Optional<Session> clash = roomClash(session.room(), candidate, session.id(), programme);
			if (clash.isPresent()) {
				problems.reject("startsAt", "programme.part.roomClash", session.title(), session.room(),
						clash.get().title(), roundOf(clash.get(), programme).title());
				return;
			}
		}
	}

	/**
	 * Another session in the same room during the given round (the round itself or an overlapping one).
	 */
	static Optional<Session> roomClash(String room, ProgrammePart round, Long sessionId, ProgrammeSnapshot programme) {
		String key = sameRoom(room);
		if (key == null) {
			return Optional.empty();
		}
		return programme.sessions()
			.stream()
			.filter(other -> !other.id().equals(sessionId))
			.filter(other -> key.equals(sameRoom(other.room())))
			.filter(other -> {
				ProgrammePart otherRound = roundOf(other, programme);
				return Objects.equals(otherRound.id(), round.id()) || otherRound.overlaps(round);
			})
			.findFirst();
	}

	static ProgrammePart roundOf(Session session, ProgrammeSnapshot programme) {
		return programme.parts().stream().filter(p -> p.id().equals(session.partId())).findFirst().orElseThrow();
	}

}
