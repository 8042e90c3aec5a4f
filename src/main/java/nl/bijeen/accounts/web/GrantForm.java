package nl.bijeen.accounts.web;

import jakarta.validation.constraints.NotNull;

/**
 * The form to give an event manager or a check-in volunteer an event.
 */
public class GrantForm {

	@NotNull(message = "{rights.grant.eventRequired}")
	private Long eventId;

	public Long getEventId() {
		return this.eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

}
