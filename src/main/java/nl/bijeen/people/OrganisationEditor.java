package nl.bijeen.people;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes organisations; one that organises events or that people work for cannot be
 * deleted.
 */
@Service
@Transactional
public class OrganisationEditor {

	private final Organisations organisations;

	OrganisationEditor(Organisations organisations) {
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public Organisation get(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
	}

	public Organisation create(OrganisationDetails details) {
		return this.organisations.save(details.toOrganisation(null, slug(details, null), null));
	}

	public Organisation update(long id, Integer version, OrganisationDetails details) {
		Organisation current = get(id);
		return this.organisations.save(details.toOrganisation(id, slug(details, id),
				Objects.requireNonNullElse(version, current.version())));
	}

	@Transactional(propagation = Propagation.NESTED)
	public void delete(long id) {
		get(id);
		try {
			this.organisations.deleteById(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("organisation.inUse", "Events or people still refer to this organisation.");
		}
	}

	private String slug(OrganisationDetails details, Long id) {
		return Text.slug(details.slug(), details.name(), "organisation",
				s -> this.organisations.findBySlug(s).filter(o -> !Objects.equals(o.id(), id)).isPresent());
	}

}
