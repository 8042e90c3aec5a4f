package nl.bijeen.events;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes themes; a theme that events use cannot be deleted.
 */
@Service
@Transactional
public class ThemeEditor {

	private final Themes themes;

	ThemeEditor(Themes themes) {
		this.themes = themes;
	}

	@Transactional(readOnly = true)
	public Theme get(long id) {
		return this.themes.findById(id).orElseThrow(() -> new NotFoundException("No theme " + id));
	}

	public Theme create(String slug, String name, String description) {
		return this.themes.save(Theme.create(slug(slug, name, null), name.strip(), blankToNull(description)));
	}

	public Theme update(long id, Integer version, String slug, String name, String description) {
		Theme current = get(id);
		return this.themes.save(new Theme(id, slug(slug, name, id), name.strip(), blankToNull(description),
				Objects.requireNonNullElse(version, current.version())));
	}

	@Transactional(propagation = Propagation.NESTED)
	public void delete(long id) {
		get(id);
		try {
			this.themes.deleteById(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("theme.inUse", "Events still use this theme.");
		}
	}

	private String slug(String requested, String name, Long id) {
		return UniqueSlugs.choose(requested, name, "theme",
				s -> this.themes.findBySlug(s).filter(t -> !Objects.equals(t.id(), id)).isPresent());
	}

	static String blankToNull(String text) {
		return EventDetails.blankToNull(text);
	}

}
