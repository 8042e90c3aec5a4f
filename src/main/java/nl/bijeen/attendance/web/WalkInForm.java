package nl.bijeen.attendance.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A walk-in registered at the door: name, e-mail address (the confirmation goes there), organisation and a
 * session per round.
 */
public class WalkInForm {

	private String name;

	private String email;

	private String organisation;

	/** The session chosen per round (programme part id). */
	private Map<Long, Long> choices = new HashMap<>();

	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getOrganisation() { return this.organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public Map<Long, Long> getChoices() { return this.choices; }
	public void setChoices(Map<Long, Long> choices) { this.choices = choices; }

}
