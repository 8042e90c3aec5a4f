package nl.bijeen.insights;

/**
 * Where an insight is in moderation: only {@link #APPROVED} ones are ever public.
 */
public enum InsightStatus {

	PENDING, APPROVED, REJECTED

}
