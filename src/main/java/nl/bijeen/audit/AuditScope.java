package nl.bijeen.audit;

import java.util.Set;

/**
 * The part of the audit log someone may read: all of it (platform administrators), or what the accounts of
 * one organisation did and what anyone did with the participants of the events it organises.
 *
 * @param everything whether the whole log may be read
 * @param organisationId the reader's organisation (when not everything)
 * @param eventIds the events whose participants the reader's organisation may manage
 */
record AuditScope(boolean everything, Long organisationId, Set<Long> eventIds) {

	static final AuditScope ALL = new AuditScope(true, null, Set.of());

}
