package nl.bijeen.newsletter.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form of {@code /nieuwsbrief}: an address, a name if one likes, and themes (none: every theme).
 */
public class SignupForm {

	@NotBlank(message = "{newsletter.form.email.required}")
	@Email(message = "{newsletter.form.email.invalid}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@Size(max = 200, message = "{validation.tooMany}")
	private Set<Long> themeIds = new HashSet<>();

	/** Honeypot: people never see this field; bots fill it in. */
	private String website;

	public boolean isBot() {
		return this.website != null && !this.website.isEmpty();
	}

	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public Set<Long> getThemeIds() { return this.themeIds; }
	public void setThemeIds(Set<Long> themeIds) { this.themeIds = themeIds; }
	public String getWebsite() { return this.website; }
	public void setWebsite(String website) { this.website = website; }

}
