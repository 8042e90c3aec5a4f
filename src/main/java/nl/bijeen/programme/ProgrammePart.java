package nl.bijeen.programme;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One part of an event's programme, with its times (wall-clock, in the event's time zone). Parts are
 * ordered by start time.
 */
@Table("programme_part")
public record ProgrammePart(@Id Long id, Long eventId, PartKind kind, String title, String description,
		LocalDateTime startsAt, LocalDateTime endsAt, String location, @Version Integer version) {

	public static ProgrammePart create(Long eventId, PartKind kind, String title, String description,
			LocalDateTime startsAt, LocalDateTime endsAt, String location) {
		return new ProgrammePart(null, eventId, kind, title, description, startsAt, endsAt, location, null);
	}

	public boolean isRound() {
		return this.kind.isRound();
	}

	public boolean overlaps(ProgrammePart other) {
		return this.startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(this.endsAt);
	}

}
