package nl.bijeen.materials;

import java.time.LocalDateTime;

/**
 * A stored file's description (its bytes are read apart, {@link PublicMaterials#content(long)}).
 *
 * @param eventId the event it belongs to (also for a session's file); {@code null} for an article's
 * @param sessionId the session it belongs to, if any
 * @param articleId the article it belongs to, if any
 * @param fileName the safe download name, with the extension of its detected type
 * @param sha256 the hex SHA-256 of its content (its {@code ETag})
 * @param registrantsOnly only for participants with a place, through their personal link
 */
public record Material(long id, Long eventId, Long sessionId, Long articleId, String title, String fileName,
		MaterialType type, long size, String sha256, boolean registrantsOnly, LocalDateTime createdAt) {

	/** Its public address. */
	public String path() {
		return "/materialen/" + this.id + "/" + this.fileName;
	}

	/** Its address behind a participant's personal link. */
	public String personalPath(String token) {
		return "/aanmelding/" + token + "/materialen/" + this.id + "/" + this.fileName;
	}

}
