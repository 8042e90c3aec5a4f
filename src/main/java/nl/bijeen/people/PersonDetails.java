package nl.bijeen.people;

/**
 * What an organiser fills in for a person: an organisation from bijeen, or a free-text affiliation for an
 * organisation that is not in bijeen. An empty slug is made from the name.
 */
public record PersonDetails(String slug, String name, String jobTitle, Long organisationId, String affiliation,
		String bio, String photoUrl) {

	public static PersonDetails of(Person person) {
		return new PersonDetails(person.slug(), person.name(), person.jobTitle(), person.organisationId(),
				person.affiliation(), person.bio(), person.photoUrl());
	}

	Person toPerson(Long id, String chosenSlug, Integer version) {
		return new Person(id, chosenSlug, this.name.strip(), Text.orNull(this.jobTitle), this.organisationId,
				Text.orNull(this.affiliation), Text.orNull(this.bio), Text.orNull(this.photoUrl), version);
	}

}
