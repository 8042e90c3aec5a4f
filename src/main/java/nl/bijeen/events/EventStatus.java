package nl.bijeen.events;

/**
 * Where an event is in its life: drafts are visible to organisers only.
 */
public enum EventStatus {

	DRAFT("EventScheduled"), PUBLISHED("EventScheduled"), CANCELLED("EventCancelled"), POSTPONED("EventPostponed");

	private final String schemaOrg;

	EventStatus(String schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	/**
	 * The schema.org EventStatusType member.
	 */
	public String schemaOrg() {
		return this.schemaOrg;
	}

	/**
	 * Whether the public may see the event (in the agenda, the API and the feeds).
	 */
	public boolean isPublic() {
		return this != DRAFT;
	}

}
