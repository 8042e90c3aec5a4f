package nl.bijeen.registration.internal;

import java.util.List;

/**
 * Where a registration is. Confirmed registrations, those awaiting approval and open offers hold a place;
 * a registration awaiting approval holds its place so that approving can never overbook.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, PENDING_APPROVAL, OFFERED, CANCELLED, REJECTED;

	/**
	 * The statuses that hold a place at the event.
	 */
	public static final List<String> HOLDING = List.of(CONFIRMED.name(), PENDING_APPROVAL.name(), OFFERED.name());

	public boolean holdsSeat() {
		return this == CONFIRMED || this == PENDING_APPROVAL || this == OFFERED;
	}

	public boolean isActive() {
		return this != CANCELLED && this != REJECTED;
	}

}
