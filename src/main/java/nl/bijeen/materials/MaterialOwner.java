package nl.bijeen.materials;

/**
 * What a file is uploaded to: an event, one of its sessions, or an article.
 */
public record MaterialOwner(Long eventId, Long sessionId, Long articleId) {

	public static MaterialOwner event(long eventId) {
		return new MaterialOwner(eventId, null, null);
	}

	public static MaterialOwner session(long eventId, long sessionId) {
		return new MaterialOwner(eventId, sessionId, null);
	}

	public static MaterialOwner article(long articleId) {
		return new MaterialOwner(null, null, articleId);
	}

	/** Whether this material belongs here (for a session's file: to the event, or that session). */
	boolean holds(Material material) {
		if (this.articleId != null) {
			return this.articleId.equals(material.articleId());
		}
		return this.eventId.equals(material.eventId());
	}

}
