package nl.bijeen.materials.api;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.materials.Material;

/**
 * A public file of an event, as the API gives it.
 *
 * @param sessionId the session it belongs to, {@code null} for the event's own files
 */
@Schema(name = "Material", description = "A public file of an event or one of its sessions")
public record MaterialResponse(long id, String title,
		@Schema(description = "Short name of the type as detected from the content", example = "pdf") String type,
		@Schema(example = "application/pdf") String contentType,
		@Schema(description = "Size in bytes") long size,
		@Schema(description = "Where to download it", example = "https://agenda.example.org/materialen/12/presentatie.pdf") String url,
		Long sessionId) {

	static MaterialResponse of(Material material, String baseUrl) {
		return new MaterialResponse(material.id(), material.title(), material.type().extension(),
				material.type().contentType(), material.size(), baseUrl + material.path(), material.sessionId());
	}

}
