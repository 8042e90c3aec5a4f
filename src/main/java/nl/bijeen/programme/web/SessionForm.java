package nl.bijeen.programme.web;

import nl.bijeen.programme.SessionDetails;
import nl.bijeen.programme.SessionView;

/**
 * The form for a session (workshop) in a round.
 */
public class SessionForm {

	/** The version of the stored part or session this form was filled from; detects concurrent changes. */
	private Integer version;

	private String title;

	private String description;

	private String room;

	private String onlineBreakout;

	private Integer capacity;

	static SessionForm of(SessionView session) {
		SessionForm form = new SessionForm();
		form.title = session.title();
		form.description = session.description();
		form.room = session.room();
		form.onlineBreakout = session.onlineBreakout();
		form.capacity = session.capacity();
		return form;
	}

	SessionDetails toDetails() {
		return new SessionDetails(this.title, this.description, this.room, this.onlineBreakout, this.capacity);
	}

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public String getRoom() { return this.room; }
	public void setRoom(String room) { this.room = room; }
	public String getOnlineBreakout() { return this.onlineBreakout; }
	public void setOnlineBreakout(String onlineBreakout) { this.onlineBreakout = onlineBreakout; }
	public Integer getCapacity() { return this.capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }

}
