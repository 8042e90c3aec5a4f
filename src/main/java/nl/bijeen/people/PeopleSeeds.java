package nl.bijeen.people;

import java.util.function.Supplier;

import org.springframework.stereotype.Service;

/**
 * Writes ready-made organisations and people as given, for the demo content and test fixtures only: unlike
 * {@link PersonEditor} and {@link OrganisationEditor} it applies no rules, so content that is not the demo's
 * goes through the editors. (Reading is {@link PeopleDirectory}'s.)
 */
@Service
public class PeopleSeeds {

	private final People people;

	private final Organisations organisations;

	PeopleSeeds(People people, Organisations organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	/** Saves the person as they are. */
	public Person save(Person person) {
		return this.people.save(person);
	}

	/** Saves the organisation as it is. */
	public Organisation save(Organisation organisation) {
		return this.organisations.save(organisation);
	}

	/** The organisation with this slug, or the one {@code created} gives, saved, if there is none. */
	public Organisation organisation(String slug, Supplier<Organisation> created) {
		return this.organisations.findBySlug(slug).orElseGet(() -> this.organisations.save(created.get()));
	}

	/** The person with this slug, or the one {@code created} gives, saved, if there is none. */
	public Person person(String slug, Supplier<Person> created) {
		return this.people.findBySlug(slug).orElseGet(() -> this.people.save(created.get()));
	}

}
