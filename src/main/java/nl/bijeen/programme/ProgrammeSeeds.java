package nl.bijeen.programme;

import org.springframework.stereotype.Service;

/**
 * Writes ready-made programme parts, sessions and contributions as given, for the demo content and test
 * fixtures only (reading is {@link ProgrammeRows}'s): unlike
 * {@link ProgrammeEditor} and {@link ContributionEditor} it applies no rules and publishes no events, so
 * content that is not the demo's goes through the editors.
 */
@Service
public class ProgrammeSeeds {

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final Contributions contributions;

	ProgrammeSeeds(ProgrammeParts parts, Sessions sessions, Contributions contributions) {
		this.parts = parts;
		this.sessions = sessions;
		this.contributions = contributions;
	}

	public ProgrammePart save(ProgrammePart part) {
		return this.parts.save(part);
	}

	public Session save(Session session) {
		return this.sessions.save(session);
	}

	public Contribution save(Contribution contribution) {
		return this.contributions.save(contribution);
	}

}
