package nl.bijeen.people;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes people; someone who contributes to a programme cannot be deleted.
 */
@Service
@Transactional
public class PersonEditor {

	private final People people;

	private final Organisations organisations;

	PersonEditor(People people, Organisations organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public Person get(long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("No person " + id));
	}

	public Person create(PersonDetails details) {
		checkOrganisation(details);
		return this.people.save(details.toPerson(null, slug(details, null), null));
	}

	public Person update(long id, Integer version, PersonDetails details) {
		Person current = get(id);
		checkOrganisation(details);
		return this.people.save(details.toPerson(id, slug(details, id),
				Objects.requireNonNullElse(version, current.version())));
	}

	@Transactional(propagation = Propagation.NESTED)
	public void delete(long id) {
		get(id);
		try {
			this.people.deleteById(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("person.inUse", "This person still contributes to a programme.");
		}
	}

	private void checkOrganisation(PersonDetails details) {
		if (details.organisationId() != null && !this.organisations.existsById(details.organisationId())) {
			throw new ConflictException("person.organisation.unknown", "No organisation " + details.organisationId());
		}
	}

	private String slug(PersonDetails details, Long id) {
		return Text.slug(details.slug(), details.name(), "person",
				s -> this.people.findBySlug(s).filter(p -> !Objects.equals(p.id(), id)).isPresent());
	}

}
