package nl.bijeen.registration;

/**
 * How one participant attends: on site or online. A hybrid event has separate places for both.
 */
public enum Attendance {

	VENUE, ONLINE

}
