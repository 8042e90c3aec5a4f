package nl.bijeen.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * For whom an event is meant, e.g. "beleidsmakers" or "sociaal professionals".
 */
@Table("audience")
public record Audience(@Id Long id, String slug, String name, @Version Integer version) {

	public static Audience create(String slug, String name) {
		return new Audience(null, slug, name, null);
	}

}
