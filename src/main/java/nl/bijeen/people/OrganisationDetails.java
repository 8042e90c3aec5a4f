package nl.bijeen.people;

/**
 * What an organiser fills in for an organisation. An empty slug is made from the name.
 */
public record OrganisationDetails(String slug, String name, String website, String logoUrl, String description) {

	public static OrganisationDetails of(Organisation organisation) {
		return new OrganisationDetails(organisation.slug(), organisation.name(), organisation.website(),
				organisation.logoUrl(), organisation.description());
	}

	Organisation toOrganisation(Long id, String chosenSlug, Integer version) {
		return new Organisation(id, chosenSlug, this.name.strip(), Text.orNull(this.website),
				Text.orNull(this.logoUrl), Text.orNull(this.description), version);
	}

}
