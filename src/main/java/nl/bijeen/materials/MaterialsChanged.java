package nl.bijeen.materials;

/**
 * A file was added or deleted (the public pages showing it are rendered again).
 *
 * @param eventId its event, if any
 * @param articleId its article, if any
 */
public record MaterialsChanged(long materialId, Long eventId, Long articleId) {

	static MaterialsChanged of(Material material) {
		return new MaterialsChanged(material.id(), material.eventId(), material.articleId());
	}

}
