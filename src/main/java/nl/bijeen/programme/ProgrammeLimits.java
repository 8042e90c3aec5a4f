package nl.bijeen.programme;

/**
 * The longest texts the programme stores (the column sizes of the schema).
 */
public final class ProgrammeLimits {

	/** Titles of parts and sessions. */
	public static final int TITLE = 200;

	/** Descriptions of parts and sessions. */
	public static final int DESCRIPTION = 4000;

	/** The location of a part. */
	public static final int LOCATION = 200;

	/** The room of a session. */
	public static final int ROOM = 120;

	/** The link to an online breakout room. */
	public static final int URL = 500;

	private ProgrammeLimits() {
	}

}
