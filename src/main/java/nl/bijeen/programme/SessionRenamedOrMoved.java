package nl.bijeen.programme;

import java.util.Objects;

/**
 * Published when a session was renamed or moved to another room, with the old and the new values, in the
 * transaction of the change. Listen with an {@code @ApplicationModuleListener}.
 *
 * @param eventId the event
 * @param sessionId the session
 * @param roundTitle the title of the session's round
 */
public record SessionRenamedOrMoved(long eventId, long sessionId, String roundTitle, String oldTitle,
		String newTitle, String oldRoom, String newRoom) {

	public boolean renamed() {
		return !Objects.equals(this.oldTitle, this.newTitle);
	}

	public boolean roomChanged() {
		return !Objects.equals(blankToNull(this.oldRoom), blankToNull(this.newRoom));
	}

	public boolean anyChange() {
		return renamed() || roomChanged();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
