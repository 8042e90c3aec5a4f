package nl.bijeen.programme;

/**
 * The kinds of programme parts. A {@link #ROUND} holds parallel sessions from which each participant
 * picks one; the others are plenary.
 */
public enum PartKind {

	WALK_IN, OPENING, KEYNOTE, TALK, COLUMN, DEBATE, TALKSHOW, INTERMEZZO, BREAK, LUNCH, ROUND, CLOSING, DRINKS, OTHER;

	public boolean isRound() {
		return this == ROUND;
	}

}
