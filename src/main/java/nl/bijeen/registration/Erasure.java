package nl.bijeen.registration;

/**
 * What an erasure did: how many registrations were pseudonymised, how many of them were cancelled first
 * (their places went to the people waiting, as with any cancellation), and the title of the event when it
 * was one registration.
 */
public record Erasure(int registrations, int cancelled, String eventTitle) {

	public static final Erasure NONE = new Erasure(0, 0, null);

	public Erasure plus(Erasure other) {
		return new Erasure(this.registrations + other.registrations, this.cancelled + other.cancelled,
				(this.registrations == 0) ? other.eventTitle : this.eventTitle);
	}

}
