package nl.bijeen.mailings;

import nl.bijeen.registration.MailingRecipients.Group;

/**
 * To whom a mailing goes: everyone with a place, those with a place in one session, the waiting list, those with a
 * place who were checked in (present), or those with a place who were not (absent, once the event has begun).
 */
enum Audience {

	PLACE, SESSION, WAITING, PRESENT, ABSENT;

	Group group() {
		return (this == WAITING) ? Group.WAITING : Group.WITH_PLACE;
	}

	/** Whether this audience depends on the check-in. */
	boolean byPresence() {
		return this == PRESENT || this == ABSENT;
	}

}
