package nl.bijeen.rights;

/**
 * What an account may do. Platform administrators belong to no organisation; the others to one.
 */
public enum Role {

	/** Everything, on every organisation. */
	PLATFORM_ADMIN,

	/** Its organisation's accounts, events, people, content and branding. */
	ORGANISATION_ADMIN,

	/** The events given to them ({@code event_grant}). */
	EVENT_MANAGER,

	/** Content of its organisation only. */
	EDITOR,

	/** Only the check-in of the event given to them, only on its days. */
	CHECK_IN_VOLUNTEER;

	/** Whether the role is given per event (as a grant) rather than for the whole organisation. */
	public boolean perEvent() {
		return this == EVENT_MANAGER || this == CHECK_IN_VOLUNTEER;
	}

}
