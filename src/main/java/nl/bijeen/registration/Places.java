package nl.bijeen.registration;

/**
 * The places of an event (for one way of attending) or of a session.
 *
 * @param capacity the number of places, {@code null} when there is no limit
 * @param taken the places taken by confirmed participants, those awaiting approval and open offers
 */
public record Places(Integer capacity, int taken) {

	public static Places unlimited(int taken) {
		return new Places(null, taken);
	}

	public boolean limited() {
		return this.capacity != null;
	}

	/**
	 * The places left, or {@code null} when there is no limit.
	 */
	public Integer left() {
		return this.capacity == null ? null : Math.max(0, this.capacity - this.taken);
	}

	public boolean full() {
		return this.capacity != null && this.taken >= this.capacity;
	}

}
