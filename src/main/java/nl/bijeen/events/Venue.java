package nl.bijeen.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A place with an address where events are held. It belongs to an organisation, whose administrators change it
 * and choose it for their events, or is shared ({@code organisationId} {@code null}): every organisation may
 * choose it and only platform administrators change it. Once an event uses it, it is public information.
 */
@Table("venue")
public record Venue(@Id Long id, String name, String street, String postalCode, String city, String country,
		String route, String accessibility, Long organisationId, @Version Integer version) {

	/** A shared venue (see {@link #ownedBy(Long)}). */
	public static Venue create(String name, String street, String postalCode, String city) {
		return new Venue(null, name, street, postalCode, city, "NL", null, null, null, null);
	}

	/** This venue, belonging to the organisation ({@code null}: shared). */
	public Venue ownedBy(Long organisation) {
		return new Venue(this.id, this.name, this.street, this.postalCode, this.city, this.country, this.route,
				this.accessibility, organisation, this.version);
	}

	/** Whether no organisation owns it: every organisation may choose it, only the platform changes it. */
	public boolean shared() {
		return this.organisationId == null;
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
