package nl.bijeen.registration.admin;

/**
 * The orders of participant lists.
 */
public enum ParticipantSort {

	/** Alphabetically by name. */
	NAME("lower(r.name), r.id"),
	/** Most recent registrations first. */
	NEWEST("r.created_at desc, r.id desc"),
	/** Oldest registrations first. */
	OLDEST("r.created_at, r.id"),
	/** In waiting list order: who waits longest first. */
	WAITING("r.waitlisted_at, r.id");

	private final String orderBy;

	ParticipantSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

	/**
	 * The sort named (case-insensitive), or the default when the name is unknown.
	 */
	static ParticipantSort parse(String name, ParticipantSort fallback) {
		for (ParticipantSort sort : values()) {
			if (sort.name().equalsIgnoreCase(name)) {
				return sort;
			}
		}
		return fallback;
	}

}
