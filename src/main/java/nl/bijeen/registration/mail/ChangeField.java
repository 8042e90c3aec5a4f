package nl.bijeen.registration.mail;

/**
 * What changed, with its label in the message bundle ({@code registration.notice.field.<key>}). Values of
 * {@link #WHEN} are time ranges as {@code start/end} in ISO-8601 wall-clock time, {@code null} for "not yet
 * known"; values of {@link #MODE} are {@link nl.bijeen.events.AttendanceMode} names; the others are text.
 */
public enum ChangeField {

	WHEN("when"), VENUE("venue"), MODE("mode"), TITLE("title"), ROOM("room"), LOCATION("location"),
	SESSION("session");

	private final String key;

	ChangeField(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
