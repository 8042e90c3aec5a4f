package nl.bijeen.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who contributes to events: speaker, panel member, day chair, session leader. One person can
 * take part in many events. {@code affiliation} is free text for an organisation that is not in bijeen.
 */
@Table("person")
public record Person(@Id Long id, String slug, String name, String jobTitle, Long organisationId,
		String affiliation, String bio, String photoUrl, @Version Integer version) {

	public static Person create(String slug, String name, String jobTitle, Long organisationId, String affiliation,
			String bio) {
		return new Person(null, slug, name, jobTitle, organisationId, affiliation, bio, null, null);
	}

}
