package nl.bijeen.registration.internal;

/**
 * Whether a session choice holds a place in its session or waits for one.
 */
public enum ChoiceStatus {

	CONFIRMED, WAITLISTED

}
