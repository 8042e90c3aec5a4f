package nl.bijeen.people.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationDetails;
import nl.bijeen.people.OrganisationFace;

import org.springframework.web.multipart.MultipartFile;

/**
 * The organisation form.
 */
public class OrganisationForm {

	private Integer version;

	@Size(max = 120, message = "{people.slug.tooLong}")
	@Pattern(regexp = "^$|^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "{people.slug.invalid}")
	@SingleLine
	private String slug;

	@NotBlank(message = "{organisation.name.required}")
	@Size(max = 200, message = "{people.name.tooLong}")
	@SingleLine
	private String name;

	@Size(max = 500, message = "{people.url.tooLong}")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{people.url.invalid}")
	@SingleLine
	private String website;

	@Size(max = 500, message = "{people.url.tooLong}")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{people.url.invalid}")
	@SingleLine
	private String logoUrl;

	@Size(max = 4000, message = "{people.text.tooLong}")
	private String description;

	@Size(max = 200, message = "{organisation.mailSenderName.tooLong}")
	@Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{organisation.mailSenderName.invalid}")
	private String mailSenderName;

	@Size(max = 254, message = "{organisation.replyTo.invalid}")
	@Pattern(regexp = "^$|^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$",
			message = "{organisation.replyTo.invalid}")
	private String replyTo;

	@Pattern(regexp = "^$|^#[0-9a-fA-F]{6}$", message = "{organisation.accentColour.invalid}")
	private String accentColour;

	@Size(max = 254, message = "{organisation.replyTo.invalid}")
	@Pattern(regexp = "^$|^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$",
			message = "{organisation.replyTo.invalid}")
	private String contactEmail;

	@Pattern(regexp = "^$|^[0-9+() -]{6,40}$", message = "{organisation.contactPhone.invalid}")
	private String contactPhone;

	@Min(value = 1, message = "{organisation.retentionMonths.invalid}")
	@Max(value = 120, message = "{organisation.retentionMonths.invalid}")
	private Integer retentionMonths;

	/** A new logo to upload; its type is detected from its content ({@link LogoFiles}). */
	private MultipartFile logo;

	private boolean removeLogo;

	private boolean hasLogo;

	static OrganisationForm of(Organisation organisation, OrganisationFace face) {
		OrganisationForm form = of(organisation);
		form.accentColour = face.accentColour();
		form.contactEmail = face.contactEmail();
		form.contactPhone = face.contactPhone();
		form.retentionMonths = face.retentionMonths();
		form.hasLogo = face.hasLogo();
		return form;
	}

	OrganisationFace toFace() {
		return new OrganisationFace((this.accentColour != null) ? this.accentColour.toLowerCase(java.util.Locale.ROOT) : null,
				this.contactEmail, this.contactPhone, this.retentionMonths, false);
	}

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.version = organisation.version();
		form.slug = organisation.slug();
		form.name = organisation.name();
		form.website = organisation.website();
		form.logoUrl = organisation.logoUrl();
		form.description = organisation.description();
		form.mailSenderName = organisation.mailSenderName();
		form.replyTo = organisation.replyTo();
		return form;
	}

	OrganisationDetails toDetails() {
		return new OrganisationDetails(this.slug, this.name, this.website, this.logoUrl, this.description,
				this.mailSenderName, this.replyTo);
	}

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getWebsite() { return this.website; }
	public void setWebsite(String website) { this.website = website; }
	public String getLogoUrl() { return this.logoUrl; }
	public void setLogoUrl(String logoUrl) { this.logoUrl = logoUrl; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public String getMailSenderName() { return this.mailSenderName; }
	public void setMailSenderName(String mailSenderName) { this.mailSenderName = mailSenderName; }
	public String getReplyTo() { return this.replyTo; }
	public String getAccentColour() { return this.accentColour; }
	public void setAccentColour(String accentColour) { this.accentColour = accentColour; }
	public String getContactEmail() { return this.contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return this.contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public Integer getRetentionMonths() { return this.retentionMonths; }
	public void setRetentionMonths(Integer retentionMonths) { this.retentionMonths = retentionMonths; }
	public MultipartFile getLogo() { return this.logo; }
	public void setLogo(MultipartFile logo) { this.logo = logo; }
	public boolean isRemoveLogo() { return this.removeLogo; }
	public void setRemoveLogo(boolean removeLogo) { this.removeLogo = removeLogo; }
	public boolean isHasLogo() { return this.hasLogo; }
	public void setHasLogo(boolean hasLogo) { this.hasLogo = hasLogo; }
	public void setReplyTo(String replyTo) { this.replyTo = replyTo; }

}
