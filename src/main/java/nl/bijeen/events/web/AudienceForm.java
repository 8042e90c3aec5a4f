package nl.bijeen.events.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.Audience;

/**
 * The audience form.
 */
public class AudienceForm {

	private Integer version;

	@Size(max = 120, message = "{taxonomy.slug.tooLong}")
	@Pattern(regexp = "^$|^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "{taxonomy.slug.invalid}")
	@SingleLine
	private String slug;

	@NotBlank(message = "{taxonomy.name.required}")
	@Size(max = 120, message = "{taxonomy.name.tooLong}")
	@SingleLine
	private String name;

	static AudienceForm of(Audience audience) {
		AudienceForm form = new AudienceForm();
		form.version = audience.version();
		form.slug = audience.slug();
		form.name = audience.name();
		return form;
	}

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }

}
