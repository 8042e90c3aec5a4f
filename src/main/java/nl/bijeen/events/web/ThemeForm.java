package nl.bijeen.events.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.Theme;

/**
 * The theme form.
 */
public class ThemeForm {

	private Integer version;

	@Size(max = 120, message = "{taxonomy.slug.tooLong}")
	@Pattern(regexp = "^$|^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "{taxonomy.slug.invalid}")
	@SingleLine
	private String slug;

	@NotBlank(message = "{taxonomy.name.required}")
	@Size(max = 120, message = "{taxonomy.name.tooLong}")
	@SingleLine
	private String name;

	@Size(max = 2000, message = "{taxonomy.description.tooLong}")
	private String description;

	static ThemeForm of(Theme theme) {
		ThemeForm form = new ThemeForm();
		form.version = theme.version();
		form.slug = theme.slug();
		form.name = theme.name();
		form.description = theme.description();
		return form;
	}

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }

}
