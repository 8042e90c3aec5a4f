package nl.bijeen.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a dossier finds the public files it lists ("materiaal: 12"): implemented by the module that keeps
 * them, so that content needs not know it. Without an implementation a dossier lists no files.
 */
public interface DossierMaterials {

	/** A file anyone may download, as a dossier shows it, or empty when it does not exist or is not public. */
	Optional<DossierMaterial> publicFile(long id, Locale locale);

	/**
	 * A file as a dossier shows it.
	 * @param href its public address
	 * @param text its type and size, as people read them ("PDF, 1,2 MB")
	 */
	record DossierMaterial(long id, String href, String title, String text) {
	}

}
