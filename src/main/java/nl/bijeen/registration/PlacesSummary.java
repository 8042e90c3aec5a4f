package nl.bijeen.registration;

/**
 * How many places an event still has for newcomers, in words the public event page and its structured data
 * use.
 *
 * @param kind whether places are left, few, only the waiting list or none
 * @param left the places left over every way of attending, {@code null} when there is no limit
 */
public record PlacesSummary(Kind kind, Integer left) {

	/**
	 * Places left for newcomers.
	 */
	public enum Kind {

		/** Places left, or no limit. */
		AVAILABLE,

		/** Only a few places left (see {@link PlacesSummaries#FEW}). */
		FEW_LEFT,

		/** Full; newcomers join the waiting list. */
		WAITING_LIST,

		/** Full and no waiting list: nobody can register any more. */
		FULL

	}

	public boolean full() {
		return this.kind == Kind.WAITING_LIST || this.kind == Kind.FULL;
	}

}
