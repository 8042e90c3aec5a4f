package nl.bijeen.programme;

/**
 * How many people hold or wait for a session, so that the organiser who deletes it knows who will be
 * affected. Provided by the module that keeps the registrations; without one, every session is empty.
 */
public interface SessionOccupancy {

	/**
	 * The people who chose the session.
	 */
	Holders of(long sessionId);

	/**
	 * The people who chose a session.
	 *
	 * @param placed those who have a place in it
	 * @param waiting those on its waiting list (also those still waiting for a place at the event)
	 */
	record Holders(int placed, int waiting) {

		public static final Holders NONE = new Holders(0, 0);

		public int total() {
			return this.placed + this.waiting;
		}

	}

}
