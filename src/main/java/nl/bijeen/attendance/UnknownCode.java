package nl.bijeen.attendance;

import nl.bijeen.common.NotFoundException;

/**
 * No participant with a place at this event has this check-in code (unknown, another event, or cancelled).
 */
public class UnknownCode extends NotFoundException {

	public UnknownCode(Long eventId) {
		super("No participant with this check-in code at event " + eventId);
	}

}
