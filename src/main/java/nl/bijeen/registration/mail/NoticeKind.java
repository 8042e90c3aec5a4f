package nl.bijeen.registration.mail;

/**
 * What a change notice to participants is about; each has a subject and an introduction in the message
 * bundle ({@code registration.mail.notice.<key>.subject} with the event's title as {0},
 * {@code .intro} with the event's title as {0} and the notice's subject, e.g. a session title, as {1}).
 */
public enum NoticeKind {

	EVENT_MOVED("eventMoved"), EVENT_POSTPONED("eventPostponed"), EVENT_CANCELLED("eventCancelled"),
	PART_CHANGED("partChanged"), SESSION_CHANGED("sessionChanged");

	private final String key;

	NoticeKind(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Whether the notice takes the event out of the participant's calendar ({@code METHOD:CANCEL}) rather than
	 * sending the updated calendar file.
	 */
	public boolean cancelsCalendar() {
		return this == EVENT_CANCELLED;
	}

}
