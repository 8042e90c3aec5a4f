package nl.bijeen.agenda;

/**
 * Whether the public can register for an event now.
 */
enum RegistrationState {

	/** Registration is open: show the call to action. */
	OPEN,

	/** Registration opens later. */
	NOT_YET_OPEN,

	/** Registration has closed before the event. */
	CLOSED,

	/** No registration: the event is over, cancelled or postponed. */
	NONE

}
