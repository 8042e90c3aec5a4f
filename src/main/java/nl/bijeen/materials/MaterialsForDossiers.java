package nl.bijeen.materials;

import java.util.Locale;
import java.util.Optional;

import nl.bijeen.content.DossierMaterials;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The public files a dossier may list, with their type and size. */
@Component
class MaterialsForDossiers implements DossierMaterials {

	private final PublicMaterials materials;

	private final MessageSource messages;

	MaterialsForDossiers(PublicMaterials materials, MessageSource messages) {
		this.materials = materials;
		this.messages = messages;
	}

	@Override
	public Optional<DossierMaterial> publicFile(long id, Locale locale) {
		return this.materials.publicFile(id).map(m -> new DossierMaterial(m.id(), m.path(), m.title(),
				this.messages.getMessage(m.type().labelKey(), null, m.type().name(), locale) + ", "
						+ MaterialPages.size(m.size(), locale)));
	}

}
