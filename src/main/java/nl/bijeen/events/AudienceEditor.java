package nl.bijeen.events;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes audiences; an audience that events use cannot be deleted.
 */
@Service
@Transactional
public class AudienceEditor {

	private final Audiences audiences;

	AudienceEditor(Audiences audiences) {
		this.audiences = audiences;
	}

	@Transactional(readOnly = true)
	public Audience get(long id) {
		return this.audiences.findById(id).orElseThrow(() -> new NotFoundException("No audience " + id));
	}

	public Audience create(String slug, String name) {
		return this.audiences.save(Audience.create(slug(slug, name, null), name.strip()));
	}

	public Audience update(long id, Integer version, String slug, String name) {
		Audience current = get(id);
		return this.audiences.save(new Audience(id, slug(slug, name, id), name.strip(),
				Objects.requireNonNullElse(version, current.version())));
	}

	@Transactional(propagation = Propagation.NESTED)
	public void delete(long id) {
		get(id);
		try {
			this.audiences.deleteById(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("audience.inUse", "Events still use this audience.");
		}
	}

	private String slug(String requested, String name, Long id) {
		return UniqueSlugs.choose(requested, name, "audience",
				s -> this.audiences.findBySlug(s).filter(a -> !Objects.equals(a.id(), id)).isPresent());
	}

}
