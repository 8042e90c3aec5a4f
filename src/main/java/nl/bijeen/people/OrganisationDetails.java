package nl.bijeen.people;

/**
 * What an organiser fills in for an organisation. An empty slug is made from the name.
 *
 * @param mailSenderName the name mails about its events are sent in; empty: its name
 * @param replyTo the address replies to those mails go to; may be empty
 */
public record OrganisationDetails(String slug, String name, String website, String logoUrl, String description,
		String mailSenderName, String replyTo) {

	public OrganisationDetails(String slug, String name, String website, String logoUrl, String description) {
		this(slug, name, website, logoUrl, description, null, null);
	}

	public static OrganisationDetails of(Organisation organisation) {
		return new OrganisationDetails(organisation.slug(), organisation.name(), organisation.website(),
				organisation.logoUrl(), organisation.description(), organisation.mailSenderName(),
				organisation.replyTo());
	}

	Organisation toOrganisation(Long id, String chosenSlug, Integer version) {
		return new Organisation(id, chosenSlug, this.name.strip(), Text.orNull(this.website),
				Text.orNull(this.logoUrl), Text.orNull(this.description), version, Text.orNull(this.mailSenderName),
				Text.orNull(this.replyTo));
	}

}
