package nl.bijeen.events;

/**
 * What an organiser fills in for a venue. {@code country} is an ISO 3166 code, NL when left out.
 */
public record VenueDetails(String name, String street, String postalCode, String city, String country, String route,
		String accessibility) {

	Venue toVenue(Long id, Long organisationId, Integer version) {
		String code = EventDetails.blankToNull(this.country);
		return new Venue(id, this.name.strip(), EventDetails.blankToNull(this.street),
				EventDetails.blankToNull(this.postalCode), EventDetails.blankToNull(this.city),
				(code != null) ? code.toUpperCase(java.util.Locale.ROOT) : "NL", EventDetails.blankToNull(this.route),
				EventDetails.blankToNull(this.accessibility), organisationId, version);
	}

	public static VenueDetails of(Venue venue) {
		return new VenueDetails(venue.name(), venue.street(), venue.postalCode(), venue.city(), venue.country(),
				venue.route(), venue.accessibility());
	}

}
