package nl.bijeen.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation that organises events or that people work for.
 */
@Table("organisation")
public record Organisation(@Id Long id, String slug, String name, String website, String logoUrl,
		String description, @Version Integer version) {

	public static Organisation create(String slug, String name, String website, String description) {
		return new Organisation(null, slug, name, website, null, description, null);
	}

}
