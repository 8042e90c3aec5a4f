package nl.bijeen.events.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.Venue;
import nl.bijeen.events.VenueDetails;

/**
 * The venue form: name and address, route description and accessibility information; for the platform
 * administrator also the organisation it belongs to (none: shared).
 */
public class VenueForm {

	private Integer version;

	private Long organisationId;

	@NotBlank(message = "{venue.name.required}")
	@Size(max = 200, message = "{venue.name.tooLong}")
	@SingleLine
	private String name;

	@Size(max = 200, message = "{venue.street.tooLong}")
	@SingleLine
	private String street;

	@Size(max = 20, message = "{venue.postalCode.tooLong}")
	@SingleLine
	private String postalCode;

	@Size(max = 120, message = "{venue.city.tooLong}")
	@SingleLine
	private String city;

	@Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{venue.country.invalid}")
	@SingleLine
	private String country = "NL";

	@Size(max = 2000, message = "{venue.text.tooLong}")
	private String route;

	@Size(max = 2000, message = "{venue.text.tooLong}")
	private String accessibility;

	static VenueForm of(Venue venue) {
		VenueForm form = new VenueForm();
		form.version = venue.version();
		form.organisationId = venue.organisationId();
		form.name = venue.name();
		form.street = venue.street();
		form.postalCode = venue.postalCode();
		form.city = venue.city();
		form.country = venue.country();
		form.route = venue.route();
		form.accessibility = venue.accessibility();
		return form;
	}

	VenueDetails toDetails() {
		return new VenueDetails(this.name, this.street, this.postalCode, this.city, this.country, this.route,
				this.accessibility);
	}

	public Long getOrganisationId() { return this.organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getStreet() { return this.street; }
	public void setStreet(String street) { this.street = street; }
	public String getPostalCode() { return this.postalCode; }
	public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
	public String getCity() { return this.city; }
	public void setCity(String city) { this.city = city; }
	public String getCountry() { return this.country; }
	public void setCountry(String country) { this.country = country; }
	public String getRoute() { return this.route; }
	public void setRoute(String route) { this.route = route; }
	public String getAccessibility() { return this.accessibility; }
	public void setAccessibility(String accessibility) { this.accessibility = accessibility; }

}
