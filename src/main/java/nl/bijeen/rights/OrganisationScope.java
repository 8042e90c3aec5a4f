package nl.bijeen.rights;

import java.util.Collection;

/**
 * Whose organisation-owned things (venues, articles) an account sees and may choose: those of every organisation
 * (the platform administrator), or of one organisation. Shared things (owned by no organisation, such as the
 * platform's venues) every organisation may choose, but only the platform administrator changes them.
 * @param all whether everything is in scope
 * @param organisationId the one organisation in scope; {@code null} (and not {@code all}): only what is shared
 */
public record OrganisationScope(boolean all, Long organisationId) {

	public static OrganisationScope everything() {
		return new OrganisationScope(true, null);
	}

	/** Whether something owned by this organisation ({@code null}: shared) may be changed. */
	public boolean owns(Long ownerId) {
		return this.all || (this.organisationId != null && this.organisationId.equals(ownerId));
	}

	/** Whether something owned by this organisation ({@code null}: shared) may be seen and chosen. */
	public boolean mayUse(Long ownerId) {
		return ownerId == null || owns(ownerId);
	}

	/** Whether something linked to these organisations may be changed (an article, for one of its organisations). */
	public boolean ownsAny(Collection<Long> ownerIds) {
		return this.all || (this.organisationId != null && ownerIds.contains(this.organisationId));
	}

}
