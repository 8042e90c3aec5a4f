package nl.bijeen.people.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.people.Person;
import nl.bijeen.people.PersonDetails;

/**
 * The person form.
 */
public class PersonForm {

	private Integer version;

	@Size(max = 120, message = "{people.slug.tooLong}")
	@Pattern(regexp = "^$|^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "{people.slug.invalid}")
	@SingleLine
	private String slug;

	@NotBlank(message = "{person.name.required}")
	@Size(max = 200, message = "{people.name.tooLong}")
	@SingleLine
	private String name;

	@Size(max = 200, message = "{person.jobTitle.tooLong}")
	@SingleLine
	private String jobTitle;

	private Long organisationId;

	@Size(max = 200, message = "{person.affiliation.tooLong}")
	@SingleLine
	private String affiliation;

	@Size(max = 4000, message = "{people.text.tooLong}")
	private String bio;

	@Size(max = 500, message = "{people.url.tooLong}")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{people.url.invalid}")
	private String photoUrl;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.version = person.version();
		form.slug = person.slug();
		form.name = person.name();
		form.jobTitle = person.jobTitle();
		form.organisationId = person.organisationId();
		form.affiliation = person.affiliation();
		form.bio = person.bio();
		form.photoUrl = person.photoUrl();
		return form;
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.slug, this.name, this.jobTitle, this.organisationId, this.affiliation, this.bio,
				this.photoUrl);
	}

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getJobTitle() { return this.jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public Long getOrganisationId() { return this.organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public String getAffiliation() { return this.affiliation; }
	public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
	public String getBio() { return this.bio; }
	public void setBio(String bio) { this.bio = bio; }
	public String getPhotoUrl() { return this.photoUrl; }
	public void setPhotoUrl(String photoUrl) { this.photoUrl = photoUrl; }

}
