package nl.bijeen.registration.mail;

/**
 * The mails a participant gets; each has a subject and an introduction in the message bundle
 * ({@code registration.mail.<key>.subject}, {@code .intro}).
 */
public enum MailKind {

	CONFIRMATION("confirmation", true), WAITLISTED("waitlisted", false), PENDING("pending", false),
	LINK("link", true), CHANGED("changed", true), CANCELLED("cancelled", false),
	CANCELLED_BY_ORGANISER("cancelledByOrganiser", false),
	OFFER_EXPIRED("offerExpired", false), REJECTED("rejected", false), PROMOTED("promoted", true),
	OFFERED("offered", false), SESSION_PROMOTED("sessionPromoted", true), REMINDER("reminder", true),
	ONLINE_LINK("onlineLink", false),
	/** A change to the event, a programme part or a session ({@link ChangeNotices}). */
	NOTICE("notice", true);

	private final String key;

	private final boolean calendar;

	MailKind(String key, boolean calendar) {
		this.key = key;
		this.calendar = calendar;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Whether the mail carries the calendar file (only while the registration holds a place).
	 */
	public boolean calendar() {
		return this.calendar;
	}

}
