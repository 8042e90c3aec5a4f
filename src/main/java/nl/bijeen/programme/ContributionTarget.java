package nl.bijeen.programme;

/**
 * What a person contributes to: the whole event, one programme part, or one session.
 *
 * @param partId the programme part, or {@code null}
 * @param sessionId the session, or {@code null} (takes precedence over {@code partId})
 */
public record ContributionTarget(Long partId, Long sessionId) {

	public static ContributionTarget wholeEvent() {
		return new ContributionTarget(null, null);
	}

	public static ContributionTarget part(long partId) {
		return new ContributionTarget(partId, null);
	}

	public static ContributionTarget session(long sessionId) {
		return new ContributionTarget(null, sessionId);
	}

	/**
	 * Whether a stored contribution is made to this target.
	 */
	public boolean matches(Contribution contribution) {
		if (this.sessionId != null) {
			return this.sessionId.equals(contribution.sessionId());
		}
		if (this.partId != null) {
			return this.partId.equals(contribution.partId()) && contribution.sessionId() == null;
		}
		return contribution.partId() == null && contribution.sessionId() == null;
	}

	static ContributionTarget of(Contribution contribution) {
		return new ContributionTarget(contribution.sessionId() == null ? contribution.partId() : null,
				contribution.sessionId());
	}

}
