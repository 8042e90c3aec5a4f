package nl.bijeen.registration.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.registration.internal.DetailsChange;

/**
 * The form on the personal page to correct one's own details: name, organisation, job title and the
 * answers to the event's questions ({@code answers[questionId]}).
 */
public class DetailsForm {

	private String name;

	private String organisation;

	private String jobTitle;

	private Map<Long, List<String>> answers = new HashMap<>();

	static DetailsForm of(DetailsChange details) {
		DetailsForm form = new DetailsForm();
		form.name = details.name();
		form.organisation = details.organisation();
		form.jobTitle = details.jobTitle();
		details.answers().forEach((question, values) -> form.answers.put(question, new ArrayList<>(values)));
		return form;
	}

	DetailsChange toChange() {
		return new DetailsChange(this.name, this.organisation, this.jobTitle, this.answers);
	}

	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getOrganisation() { return this.organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getJobTitle() { return this.jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public Map<Long, List<String>> getAnswers() { return this.answers; }
	public void setAnswers(Map<Long, List<String>> answers) { this.answers = answers; }

}
