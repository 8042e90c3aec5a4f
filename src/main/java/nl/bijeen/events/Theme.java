package nl.bijeen.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A theme events are grouped by, e.g. "sociale basis" or "eenzaamheid".
 */
@Table("theme")
public record Theme(@Id Long id, String slug, String name, String description, @Version Integer version) {

	public static Theme create(String slug, String name, String description) {
		return new Theme(null, slug, name, description, null);
	}

}
