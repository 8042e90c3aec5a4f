package nl.bijeen.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A place with an address where events are held.
 */
@Table("venue")
public record Venue(@Id Long id, String name, String street, String postalCode, String city, String country,
		String route, String accessibility, @Version Integer version) {

	public static Venue create(String name, String street, String postalCode, String city) {
		return new Venue(null, name, street, postalCode, city, "NL", null, null, null);
	}

	/**
	 * The address on one line, e.g. "Muntgebouw, Leidseweg 90, 3531 BG Utrecht".
	 */
	public String oneLine() {
		StringBuilder sb = new StringBuilder(this.name);
		if (this.street != null && !this.street.isBlank()) {
			sb.append(", ").append(this.street);
		}
		String place = ((this.postalCode != null ? this.postalCode + " " : "") + (this.city != null ? this.city : ""))
			.trim();
		if (!place.isEmpty()) {
			sb.append(", ").append(place);
		}
		return sb.toString();
	}

}
