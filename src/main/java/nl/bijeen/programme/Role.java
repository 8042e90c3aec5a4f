package nl.bijeen.programme;

/**
 * The role in which a person contributes to an event, a programme part or a session.
 */
public enum Role {

	DAY_CHAIR, SPEAKER, PANEL_MEMBER, COLUMN, MODERATOR, HOST, SESSION_LEADER, GUEST

}
