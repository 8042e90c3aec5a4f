package nl.bijeen.registration.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.internal.RegistrationLimits;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.SessionPick;

/**
 * The registration form as posted. Validation happens once, in the registration module, for the form and
 * the API alike.
 */
public class RegistrationForm {

	private String name;

	private String email;

	private String organisation;

	private String jobTitle;

	private Attendance attendance;

	@Size(max = RegistrationLimits.ROUNDS, message = "{validation.tooMany}")
	private Map<Long, Long> choices = new HashMap<>();

	@Size(max = RegistrationLimits.ROUNDS, message = "{validation.tooMany}")
	private Map<Long, Long> secondChoices = new HashMap<>();

	@Size(max = RegistrationLimits.QUESTIONS, message = "{validation.tooMany}")
	private Map<Long, @Size(max = RegistrationLimits.OPTIONS, message = "{validation.tooMany}") List<String>> answers = new HashMap<>();

	private boolean consent;

	private boolean newsletter;

	private String registerName;

	private String registrationNumber;

	/** One-time token of this form: a second post of the same form yields the same registration. */
	private String formToken = UUID.randomUUID().toString();

	/** Honeypot: people never see this field; bots fill it in. */
	private String website;

	public RegistrationRequest toRequest(Long eventId, Locale locale) {
		Map<Long, SessionPick> picks = new HashMap<>();
		this.choices.forEach((part, session) -> picks.put(part, new SessionPick(session, this.secondChoices.get(part))));
		Applicant applicant = new Applicant(this.name, this.email, this.organisation, this.jobTitle, locale,
				// the opt-in leads to the newsletter's double opt-in (a confirmation mail), never to a subscription
				this.attendance, this.newsletter, this.registerName, this.registrationNumber);
		return new RegistrationRequest(eventId, applicant, this.consent, picks, this.answers, this.formToken);
	}

	public boolean isBot() {
		return this.website != null && !this.website.isEmpty();
	}

	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getOrganisation() { return this.organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getJobTitle() { return this.jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public Attendance getAttendance() { return this.attendance; }
	public void setAttendance(Attendance attendance) { this.attendance = attendance; }
	public Map<Long, Long> getChoices() { return this.choices; }
	public void setChoices(Map<Long, Long> choices) { this.choices = choices; }
	public Map<Long, Long> getSecondChoices() { return this.secondChoices; }
	public void setSecondChoices(Map<Long, Long> secondChoices) { this.secondChoices = secondChoices; }
	public Map<Long, List<String>> getAnswers() { return this.answers; }
	public void setAnswers(Map<Long, List<String>> answers) { this.answers = answers; }
	public boolean isConsent() { return this.consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public boolean isNewsletter() { return this.newsletter; }
	public void setNewsletter(boolean newsletter) { this.newsletter = newsletter; }
	public String getRegisterName() { return this.registerName; }
	public void setRegisterName(String registerName) { this.registerName = registerName; }
	public String getRegistrationNumber() { return this.registrationNumber; }
	public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
	public String getFormToken() { return this.formToken; }
	public void setFormToken(String formToken) { this.formToken = formToken; }
	public String getWebsite() { return this.website; }
	public void setWebsite(String website) { this.website = website; }

}
