package nl.bijeen.programme;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Published when a programme part was renamed or moved in time or to another location, with the old and
 * the new values, in the transaction of the change. Listen with an {@code @ApplicationModuleListener}.
 *
 * @param eventId the event
 * @param partId the part
 * @param round whether the part is a round of parallel sessions
 */
public record PartRenamedOrMoved(long eventId, long partId, boolean round, String oldTitle, String newTitle,
		LocalDateTime oldStartsAt, LocalDateTime oldEndsAt, LocalDateTime newStartsAt, LocalDateTime newEndsAt,
		String oldLocation, String newLocation) {

	public boolean renamed() {
		return !Objects.equals(this.oldTitle, this.newTitle);
	}

	public boolean timesChanged() {
		return !Objects.equals(this.oldStartsAt, this.newStartsAt) || !Objects.equals(this.oldEndsAt, this.newEndsAt);
	}

	public boolean locationChanged() {
		return !Objects.equals(blankToNull(this.oldLocation), blankToNull(this.newLocation));
	}

	public boolean anyChange() {
		return renamed() || timesChanged() || locationChanged();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
