package nl.bijeen.rights;

/**
 * What a route needs. The rules for each are in {@link Rights#may(Need, Long)}.
 */
public enum Need {

	/** Nobody needs to be signed in (public reads of the API). */
	PUBLIC,

	/** Any signed-in workbench account, check-in volunteers too (start page, own account). */
	SIGNED_IN,

	/** The list of events: organisation administrators and event managers (the list shows what they may see). */
	EVENTS,

	/** Creating an event: organisation administrators. */
	CREATE_EVENT,

	/** Managing one event, its programme and its registrations: its organisations' administrators and its managers. */
	EVENT,

	/** The check-in of one event: those who manage it, and its check-in volunteers on its days. */
	CHECK_IN,

	/**
	 * Organisation-wide screens (accounts, API tokens, people, venues, the mail outbox, privacy): organisation
	 * administrators, who see their organisation's part.
	 */
	ORGANISATION,

	/** One venue (its id in the route): administrators of the venue's organisation; shared venues only the platform. */
	VENUE,

	/** One organisation (its id in the route): its own administrators. */
	OWN_ORGANISATION,

	/** One account (its id in the route): administrators of the account's organisation. */
	ACCOUNT,

	/** One person (its id in the route): administrators of the person's organisation. */
	PERSON,

	/** Content (the list of articles, writing a new one): editors and organisation administrators. */
	CONTENT,

<<<<<<< HEAD
	/** Platform-wide settings (themes, audiences, statement pages): platform administrators. */
=======
	/**
	 * One article (its id in the route): editors and administrators of an organisation the article is linked to;
	 * an article linked to no organisation only the platform.
	 */
	ARTICLE,

	/** Platform-wide settings (themes, audiences, statement pages, the mail outbox): platform administrators. */
>>>>>>> h10-owned
	PLATFORM

}
