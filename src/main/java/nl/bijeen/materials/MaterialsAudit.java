package nl.bijeen.materials;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * The audit log's entries for uploaded and deleted files: which file, of which event or article, with its title.
 */
@Component
class MaterialsAudit {

	private final AuditLog log;

	MaterialsAudit(AuditLog log) {
		this.log = log;
	}

	void uploaded(Material material) {
		this.log.record(AuditAction.MATERIAL_UPLOADED, material.eventId(), subject(material), material.title());
	}

	void deleted(Material material) {
		this.log.record(AuditAction.MATERIAL_DELETED, material.eventId(), subject(material), material.title());
	}

	private static String subject(Material material) {
		String of = material.articleId() != null ? "article " + material.articleId() + ", "
				: material.sessionId() != null ? "session " + material.sessionId() + ", " : "";
		return of + "material " + material.id();
	}

}
