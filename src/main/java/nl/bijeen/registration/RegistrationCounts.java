package nl.bijeen.registration;

/**
 * How many registrations of an event are where, with the places taken, e.g. for the organisers' event page.
 *
 * @param eventId the event
 * @param confirmed registrations with a place
 * @param waitlisted registrations on the event's waiting list
 * @param pendingApproval registrations awaiting the organisers' approval (their place is held)
 * @param offered registrations offered a freed place, not yet accepted (the place is held)
 * @param cancelled registrations cancelled by the participant or the organiser, or offers not accepted
 * @param rejected registrations the organisers did not approve
 * @param places the places per way of attending and per session
 */
public record RegistrationCounts(Long eventId, int confirmed, int waitlisted, int pendingApproval, int offered,
		int cancelled, int rejected, EventAvailability places) {

	/**
	 * The registrations that are still active (everything but cancelled and rejected ones).
	 */
	public int active() {
		return this.confirmed + this.waitlisted + this.pendingApproval + this.offered;
	}

}
