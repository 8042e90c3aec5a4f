package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.programme.PartKind;

/**
 * One part of the programme as the public sees it; a round lists its parallel sessions.
 */
record ProgrammeItem(PartKind kind, String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
		String location, List<Contributor> contributors, List<SessionItem> sessions) {

	public boolean isRound() {
		return this.kind.isRound();
	}

}
