package nl.bijeen.agenda;

/**
 * Which part of time a list of events covers, and in which order.
 */
enum AgendaPeriod {

	/** Events that have not ended yet, soonest first. */
	UPCOMING,

	/** Events that have ended, newest first. */
	PAST,

	/** Upcoming events and those of the last months, in time order: for calendar feeds. */
	FEED

}
