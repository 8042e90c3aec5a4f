package nl.bijeen.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The read side of the people module for other modules: people and organisations, read-only. Other modules
 * use this instead of the repositories; changes go through {@link PersonEditor} and
 * {@link OrganisationEditor}.
 */
@Service
public class PeopleDirectory {

	private final People people;

	private final Organisations organisations;

	PeopleDirectory(People people, Organisations organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	public Optional<Person> person(long id) {
		return this.people.findById(id);
	}

	public Optional<Person> personBySlug(String slug) {
		return this.people.findBySlug(slug);
	}

	/**
	 * The people with these ids that exist, in no particular order.
	 */
	public List<Person> people(Collection<Long> ids) {
		return this.people.findAllById(ids);
	}

	/** Everybody, by name. */
	public List<Person> peopleByName() {
		return this.people.findAllByOrderByNameAsc();
	}

	/** The people working for an organisation, by name. */
	public List<Person> peopleOf(long organisationId) {
		return this.people.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	public Optional<Organisation> organisation(long id) {
		return this.organisations.findById(id);
	}

	/** Whether an organisation with this id exists. */
	public boolean organisationExists(long id) {
		return this.organisations.existsById(id);
	}

	public Optional<Organisation> organisationBySlug(String slug) {
		return this.organisations.findBySlug(slug);
	}

	/**
	 * The organisations with these ids that exist, in no particular order.
	 */
	public List<Organisation> organisations(Collection<Long> ids) {
		return this.organisations.findAllById(ids);
	}

	/** All organisations, by name. */
	public List<Organisation> organisationsByName() {
		return this.organisations.findAllByOrderByNameAsc();
	}

}
