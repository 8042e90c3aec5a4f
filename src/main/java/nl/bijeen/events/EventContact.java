package nl.bijeen.events;

/**
 * Who answers questions about an event: a person, a mail address and a phone number, each optional.
 */
public record EventContact(String name, String email, String phone) {

	/** No contact. */
	public static final EventContact NONE = new EventContact(null, null, null);

	public static EventContact of(Event event) {
		return new EventContact(event.getContactName(), event.getContactEmail(), event.getContactPhone());
	}

}
