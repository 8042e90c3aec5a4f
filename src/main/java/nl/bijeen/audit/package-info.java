/**
 * The audit log: sign-ins and every view, export and change of participants' personal data (who, when, what,
 * which event), for organisation and platform administrators to see and export, kept for a configurable
 * period ({@code bijeen.audit.retention}). Other modules write through {@link nl.bijeen.audit.AuditLog};
 * sign-ins arrive as {@code AccountSignedIn} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.bijeen.audit;
