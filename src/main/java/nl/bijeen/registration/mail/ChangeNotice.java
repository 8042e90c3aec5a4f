package nl.bijeen.registration.mail;

import java.util.List;

/**
 * What participants are told about a change: its kind, what it is about (e.g. the title of a session,
 * {@code null} for the event itself), the changes from old to new, and the organiser's personal message
 * ({@code null} when none). Send one with {@link ChangeNotices}.
 */
public record ChangeNotice(NoticeKind kind, String subject, List<Change> changes, String message) {

	public ChangeNotice {
		changes = List.copyOf(changes);
		message = (message == null || message.isBlank()) ? null : message.strip();
	}

}
