package nl.bijeen.materials;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.PersonalPageSection;

import org.springframework.stereotype.Component;

/**
 * The registrants-only files of the event on the personal page of everyone with a place there.
 */
@Component
class PersonalMaterialsSection implements PersonalPageSection {

	private final PublicMaterials materials;

	PersonalMaterialsSection(PublicMaterials materials) {
		this.materials = materials;
	}

	@Override
	public Optional<Content> of(Long registrationId, Attendee attendee) {
		if (attendee == null) {
			return Optional.empty();
		}
		List<Material> files = this.materials.forRegistrants(attendee.eventId());
		if (files.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content("materials/personal", "files", Map.of("files", files)));
	}

}
